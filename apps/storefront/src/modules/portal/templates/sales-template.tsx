import type { Locale } from "@/lib/constants"
import { format } from "@/lib/i18n/format"
import { intlLocale } from "@/lib/i18n/locales"
import { getPortalMessages } from "@/lib/portal/messages"
import { monthBars, monthLabel } from "@/lib/portal/sales-chart"
import type { VendorSalesReport } from "@/lib/types/custom-routes"
import { formatMoney } from "@/lib/util/money"

type Props = { locale: Locale; report: VendorSalesReport }

/**
 * The cooperative's sales month by month, as bars drawn by the page itself (no script to download on a
 * phone), each month's amount written beside its bar, and its best products.
 */
export default function SalesTemplate({ locale, report }: Props) {
  const m = getPortalMessages(locale).sales
  const money = (amount: number) => formatMoney(amount, "mad", locale)
  const bars = monthBars(report.by_month)
  const sold = report.totals.online + report.totals.at_events > 0
  return (
    <>
      <h1>{m.title}</h1>
      <p className="portal-intro">{m.intro}</p>
      {!sold ? (
        <p data-testid="sales-none">{m.none}</p>
      ) : (
        <>
          <section className="portal-card" aria-labelledby="sales-chart-title" data-testid="sales-chart">
            <h2 id="sales-chart-title">{m.chartTitle}</h2>
            <p data-testid="sales-total">
              {format(m.total, { amount: money(report.totals.online + report.totals.at_events) })}
            </p>
            <p className="sales-legend" aria-hidden="true">
              <span className="sales-legend__item sales-legend__item--online">{m.online}</span>
              <span className="sales-legend__item sales-legend__item--stand">{m.atEvents}</span>
            </p>
            <ul className="sales-bars">
              {bars.map((bar) => (
                <li key={bar.key} className="sales-bar" data-testid="sales-month">
                  <span className="sales-bar__label">
                    {format(m.monthTotal, {
                      month: monthLabel(bar.key, intlLocale(locale)),
                      amount: money(bar.total),
                    })}
                  </span>
                  <span className="sales-bar__track" aria-hidden="true">
                    <span
                      className="sales-bar__part sales-bar__part--online"
                      style={{ inlineSize: `${bar.online_width}%` }}
                    />
                    <span
                      className="sales-bar__part sales-bar__part--stand"
                      style={{ inlineSize: `${bar.at_events_width}%` }}
                    />
                  </span>
                  {/* screen readers hear the split the colours show */}
                  <span className="visually-hidden">
                    {m.online} {money(bar.online)}, {m.atEvents} {money(bar.at_events)}
                  </span>
                </li>
              ))}
            </ul>
            {report.delivery.average_days !== null && (
              <p className="field__hint">{format(m.deliveryDays, { days: report.delivery.average_days })}</p>
            )}
          </section>
          {report.top_products.length > 0 && (
            <section className="portal-card" aria-labelledby="sales-best-title">
              <h2 id="sales-best-title">{m.bestTitle}</h2>
              <ol className="sales-best" data-testid="sales-best">
                {report.top_products.map((product) => (
                  <li key={product.key}>
                    <span>{product.label}</span>{" "}
                    <span className="sales-best__figures">
                      {format(m.units, {
                        count: new Intl.NumberFormat(intlLocale(locale)).format(product.units),
                      })}{" "}
                      · {money(product.amount)}
                    </span>
                  </li>
                ))}
              </ol>
            </section>
          )}
        </>
      )}
    </>
  )
}
