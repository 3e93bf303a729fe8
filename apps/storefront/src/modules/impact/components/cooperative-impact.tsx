import type { CooperativeImpact as Figures } from "@bazaar/contracts"
import type { Locale } from "@/lib/constants"
import { getMessages } from "@/lib/i18n/messages"
import ImpactFigureList from "./impact-figure-list"

/** A cooperative's own figures on its page, when it chose to show them. */
export default function CooperativeImpact({ locale, impact }: { locale: Locale; impact: Figures }) {
  const m = getMessages(locale).impact
  return (
    <section
      className="cooperative__impact"
      aria-labelledby="cooperative-impact"
      data-testid="cooperative-impact"
    >
      <h2 id="cooperative-impact">{m.cooperativeTitle}</h2>
      <ImpactFigureList
        locale={locale}
        figures={[
          { value: impact.orders.online, label: m.ordersOnline },
          { value: impact.orders.at_events, label: m.standSales },
          { value: impact.products_sold.online + impact.products_sold.at_events, label: m.productsSold },
          { value: impact.countries_reached.length, label: m.countries },
        ]}
      />
    </section>
  )
}
