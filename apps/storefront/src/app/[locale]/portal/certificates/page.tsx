import type { Metadata } from "next"
import { requirePortalSession } from "@/lib/data/portal"
import { listCertificates } from "@/lib/data/portal-certificates"
import { resolveLocale } from "@/lib/i18n/server"
import { getPortalMessages } from "@/lib/portal/messages"
import CertificatesTemplate from "@/modules/portal/templates/certificates-template"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  return { title: getPortalMessages(locale).meta.certificates }
}

export default async function CertificatesPage({ params }: Props) {
  const locale = resolveLocale((await params).locale)
  const session = await requirePortalSession(locale)
  const certificates = await listCertificates(session)
  return <CertificatesTemplate locale={locale} session={session} certificates={certificates} />
}
