import type { Metadata } from "next"
import { listVendorProducts, requirePortalSession } from "@/lib/data/portal"
import { getStandSales } from "@/lib/data/portal-stand"
import { resolveLocale } from "@/lib/i18n/server"
import { getPortalMessages } from "@/lib/portal/messages"
import StandTemplate from "@/modules/portal/templates/stand-template"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  return { title: getPortalMessages(locale).meta.stand }
}

export default async function StandPage({ params }: Props) {
  const locale = resolveLocale((await params).locale)
  const session = await requirePortalSession(locale)
  const [sales, { products }] = await Promise.all([
    getStandSales(session),
    listVendorProducts(session, { status: "published", limit: 100 }),
  ])
  return <StandTemplate locale={locale} sales={sales} products={products} />
}
