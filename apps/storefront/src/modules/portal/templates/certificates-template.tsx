import type { Locale } from "@/lib/constants"
import { format } from "@/lib/i18n/format"
import { intlLocale } from "@/lib/i18n/locales"
import type { PortalSession } from "@/lib/data/portal"
import { formatDay } from "@/lib/portal/orders"
import { getPortalMessages } from "@/lib/portal/messages"
import type { PortalCertificate } from "@/lib/types/custom-routes"
import CertificateForm from "@/modules/portal/components/certificate-form"
import RemoveCertificateButton from "@/modules/portal/components/remove-certificate-button"

type Props = { locale: Locale; session: PortalSession; certificates: PortalCertificate[] }

/** The cooperative's certificates, where each stands with the centre, and a form to send a new one. */
export default function CertificatesTemplate({ locale, certificates }: Props) {
  const m = getPortalMessages(locale)
  const t = m.certificates
  const forms = { certificates: t, errors: m.errors, common: m.common }
  return (
    <>
      <h1>{t.title}</h1>
      <p className="portal-intro">{t.intro}</p>
      {certificates.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ul className="portal-members" data-testid="portal-certificates">
          {certificates.map((certificate) => (
            <li key={certificate.id} className="portal-member" data-status={certificate.status}>
              <p className="portal-member__name">
                <bdi>{certificate.label}</bdi>
                {certificate.number ? (
                  <>
                    {" · "}
                    <span dir="ltr">{format(t.number, { number: certificate.number })}</span>
                  </>
                ) : null}
              </p>
              <p className="portal-member__meta" data-testid="certificate-status">
                {t[certificate.status]}
                {certificate.expires_at
                  ? ` · ${format(t.expires, { date: formatDay(certificate.expires_at, intlLocale(locale)) })}`
                  : ""}
                {certificate.added_by_type === "staff" ? ` · ${t.addedByCentre}` : ""}
              </p>
              {certificate.document_url ? (
                <p>
                  <a href={certificate.document_url} target="_blank" rel="noreferrer">
                    {t.seePhoto}
                  </a>
                </p>
              ) : null}
              <RemoveCertificateButton locale={locale} id={certificate.id} m={forms} />
            </li>
          ))}
        </ul>
      )}
      <section className="portal-card" aria-labelledby="certificate-add-title">
        <h2 id="certificate-add-title">{t.addTitle}</h2>
        <CertificateForm locale={locale} m={forms} />
      </section>
    </>
  )
}
