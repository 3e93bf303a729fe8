import type { Locale } from "@/lib/constants"
import { format, plural } from "@/lib/i18n/format"
import { intlLocale } from "@/lib/i18n/locales"
import { getMessages } from "@/lib/i18n/messages"
import type { StoreVendor } from "@/lib/types/custom-routes"
import { regionLabel } from "@/lib/util/moroccan-regions"
import RemoteImage from "@/modules/common/components/remote-image"

type Props = { locale: Locale; vendor: StoreVendor }

const isNumber = (value: unknown): value is number => typeof value === "number"

/** Who the makers are: legal form, place, size, share of women, labels and their story. */
export default function CooperativeProfile({ locale, vendor }: Props) {
  const m = getMessages(locale)
  const percent = new Intl.NumberFormat(intlLocale(locale), {
    style: "percent",
  })
  const date = new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: "long",
  })
  const facts: [string, string | null | undefined][] = [
    [m.cooperative.legalForm, m.cooperative.legalForms[vendor.legal_form] ?? vendor.legal_form],
    [m.cooperative.region, regionLabel(vendor.region, m.regions)],
    [m.cooperative.province, vendor.province],
    [m.cooperative.city, vendor.city],
    [m.cooperative.founded, vendor.founded_year ? String(vendor.founded_year) : null],
    [
      m.cooperative.members,
      isNumber(vendor.members_count)
        ? plural(locale, vendor.members_count, m.cooperative.membersCount)
        : null,
    ],
    [
      m.cooperative.womenShare,
      isNumber(vendor.women_share) ? percent.format(vendor.women_share / 100) : null,
    ],
    [m.cooperative.odco, vendor.odco_number],
  ]
  const certifications = vendor.certifications ?? []

  return (
    <header className="cooperative-profile">
      <div className="cooperative-profile__head">
        <RemoteImage
          src={vendor.logo_url}
          alt=""
          width={96}
          height={96}
          className="cooperative-profile__logo"
          eager
        />
        <div>
          <h1 data-testid="cooperative-name">{vendor.name}</h1>
          {vendor.tagline && <p className="cooperative-profile__tagline">{vendor.tagline}</p>}
        </div>
      </div>

      <section aria-labelledby="facts-title">
        <h2 id="facts-title" className="visually-hidden">
          {m.cooperative.facts}
        </h2>
        <dl className="facts facts--grid">
          {facts
            .filter(([, value]) => value)
            .map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
        </dl>
      </section>

      {certifications.length > 0 && (
        <section>
          <h2>{m.cooperative.certifications}</h2>
          <ul className="certifications" data-testid="cooperative-certifications">
            {certifications.map((certification) => (
              <li key={certification.id} className="badge">
                {certification.label}
                {certification.expires_at && (
                  <span className="certifications__expiry">
                    {" "}
                    (
                    {format(m.cooperative.validUntil, {
                      date: date.format(new Date(certification.expires_at)),
                    })}
                    )
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      {vendor.story && (
        <section>
          <h2>{m.cooperative.story}</h2>
          <div className="prose">{vendor.story}</div>
        </section>
      )}
    </header>
  )
}
