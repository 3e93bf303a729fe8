import type { ImpactFigures } from "@bazaar/contracts"
import type { Locale } from "@/lib/constants"
import { format } from "@/lib/i18n/format"
import { intlLocale } from "@/lib/i18n/locales"
import { getMessages } from "@/lib/i18n/messages"
import { formatAmounts, hasSales } from "@/lib/shop/impact"
import { regionLabel } from "@/lib/util/moroccan-regions"
import ImpactFigureList from "@/modules/impact/components/impact-figure-list"

type Props = { locale: Locale; figures: ImpactFigures }

/** The impact page: money, people and sales, each figure summed from the centre's accounts. */
export default function ImpactTemplate({ locale, figures }: Props) {
  const all = getMessages(locale)
  const m = all.impact
  const day = new Intl.DateTimeFormat(intlLocale(locale), {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "Africa/Casablanca",
  }).format(new Date(figures.computed_at))
  const regions = figures.regions.map((region) => regionLabel(region, all.regions))
  return (
    <section className="impact" aria-labelledby="impact-title">
      <h1 id="impact-title">{m.title}</h1>
      <p className="impact__intro">{m.intro}</p>
      <p className="impact__updated">{format(m.updated, { date: day })}</p>
      {!hasSales(figures) ? (
        <p>{m.nothing}</p>
      ) : (
        <>
          <h2>{m.money}</h2>
          <ImpactFigureList
            locale={locale}
            figures={[
              {
                value: formatAmounts(figures.paid_to_cooperatives, locale),
                label: m.paid,
                testId: "impact-paid",
              },
              { value: formatAmounts(figures.earned_by_cooperatives.online, locale), label: m.earnedOnline },
              {
                value: formatAmounts(figures.earned_by_cooperatives.at_events, locale),
                label: m.earnedAtEvents,
              },
            ]}
          />
          <h2>{m.people}</h2>
          <ImpactFigureList
            locale={locale}
            figures={[
              { value: figures.cooperatives, label: m.cooperatives, testId: "impact-cooperatives" },
              { value: figures.women_members, label: m.women, testId: "impact-women" },
              { value: figures.members, label: m.members },
              { value: figures.regions.length, label: m.regions },
            ]}
          />
          {regions.length > 0 && <p className="impact__regions">{regions.join(" · ")}</p>}
          <h2>{m.reach}</h2>
          <ImpactFigureList
            locale={locale}
            figures={[
              { value: figures.orders.online, label: m.ordersOnline, testId: "impact-orders-online" },
              { value: figures.orders.at_events, label: m.standSales, testId: "impact-stand-sales" },
              { value: figures.products_sold.online, label: m.productsOnline },
              {
                value: figures.products_sold.at_events,
                label: m.productsAtEvents,
                testId: "impact-products-at-events",
              },
              { value: figures.events, label: m.events },
              { value: figures.countries_reached.length, label: m.countries },
            ]}
          />
        </>
      )}
    </section>
  )
}
