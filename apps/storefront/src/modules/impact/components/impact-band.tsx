import Link from "next/link"
import type { ImpactFigures } from "@bazaar/contracts"
import type { Locale } from "@/lib/constants"
import { getMessages } from "@/lib/i18n/messages"
import { formatAmounts, hasSales } from "@/lib/shop/impact"
import { localePath, paths } from "@/lib/util/paths"
import ImpactFigureList from "./impact-figure-list"

/** The home page's band: four figures and a link to the impact page; nothing before the first sale. */
export default function ImpactBand({ locale, figures }: { locale: Locale; figures: ImpactFigures }) {
  if (!hasSales(figures)) {
    return null
  }
  const m = getMessages(locale).impact
  return (
    <section className="home-section impact-band" aria-labelledby="home-impact" data-testid="impact-band">
      <div className="home-section__head">
        <h2 id="home-impact">{m.bandTitle}</h2>
        <Link href={localePath(locale, paths.impact())}>{m.bandLink}</Link>
      </div>
      <ImpactFigureList
        locale={locale}
        figures={[
          { value: formatAmounts(figures.paid_to_cooperatives, locale), label: m.paid },
          { value: figures.cooperatives, label: m.cooperatives },
          { value: figures.women_members, label: m.women },
          { value: figures.orders.online + figures.orders.at_events, label: m.sales },
        ]}
      />
    </section>
  )
}
