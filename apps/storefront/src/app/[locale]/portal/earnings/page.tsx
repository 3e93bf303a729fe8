import type { Metadata } from "next"
import { requirePortalSession } from "@/lib/data/portal"
import { getVendorLedger } from "@/lib/data/portal-orders"
import { resolveLocale } from "@/lib/i18n/server"
import { getPortalMessages } from "@/lib/portal/messages"
import EarningsTemplate from "@/modules/portal/templates/earnings-template"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  return { title: getPortalMessages(locale).meta.earnings }
}

export default async function EarningsPage({ params }: Props) {
  const locale = resolveLocale((await params).locale)
  const session = await requirePortalSession(locale)
  return <EarningsTemplate locale={locale} ledger={await getVendorLedger(session)} />
}
