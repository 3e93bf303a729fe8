import type { Metadata } from "next"
import { countVendorProducts, requirePortalSession } from "@/lib/data/portal"
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
  // a cooperative still under review has no products yet: no need to count them
  const counts = session.vendor.status === "pending" ? null : await countVendorProducts(session)
  return <DashboardTemplate locale={locale} session={session} counts={counts} />
}
