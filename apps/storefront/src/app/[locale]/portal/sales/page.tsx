import type { Metadata } from "next"
import { requirePortalSession } from "@/lib/data/portal"
import { getVendorSalesReport } from "@/lib/data/portal-orders"
import { resolveLocale } from "@/lib/i18n/server"
import { getPortalMessages } from "@/lib/portal/messages"
import SalesTemplate from "@/modules/portal/templates/sales-template"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  return { title: getPortalMessages(locale).meta.sales }
}

export default async function SalesPage({ params }: Props) {
  const locale = resolveLocale((await params).locale)
  const session = await requirePortalSession(locale)
  return <SalesTemplate locale={locale} report={await getVendorSalesReport(session)} />
}
