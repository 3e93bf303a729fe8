import type { Metadata } from "next"
import { countVendorProducts, requirePortalSession } from "@/lib/data/portal"
import { countOrdersToShip } from "@/lib/data/portal-orders"
import { resolveLocale } from "@/lib/i18n/server"
import { getPortalMessages } from "@/lib/portal/messages"
import DashboardTemplate from "@/modules/portal/templates/dashboard-template"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  return { title: getPortalMessages(locale).meta.dashboard }
}

export default async function DashboardPage({ params }: Props) {
  const locale = resolveLocale((await params).locale)
  const session = await requirePortalSession(locale)
  // a cooperative still under review has no products nor orders yet: no need to count them
  const underReview = session.vendor.status === "pending"
  const [counts, toShip] = underReview
    ? [null, null]
    : await Promise.all([countVendorProducts(session), countOrdersToShip(session)])
  return <DashboardTemplate locale={locale} session={session} counts={counts} toShip={toShip} />
}
