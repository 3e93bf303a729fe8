import type { Locale } from "@/lib/constants"
import { format } from "@/lib/i18n/format"
import { intlLocale } from "@/lib/i18n/locales"
import type { VendorLedger } from "@/lib/types/custom-routes"
import { earningsSummary, movements } from "@/lib/portal/earnings"
import { getPortalMessages } from "@/lib/portal/messages"
import { formatDay } from "@/lib/portal/orders"
import { formatMoney } from "@/lib/util/money"

type Props = { locale: Locale; ledger: VendorLedger }

/** What the centre owes the cooperative now, what waits for delivery, every movement and the payouts received. */
export default function EarningsTemplate({ locale, ledger }: Props) {
  const m = getPortalMessages(locale)
  const e = m.earnings
  const day = (value: string) => formatDay(value, intlLocale(locale))
  const money = (amount: number, currency: string) => formatMoney(amount, currency, locale)
  const list = movements(ledger)
  return (
    <>
      <h1>{e.title}</h1>
      <p className="portal-intro">{e.intro}</p>
      {earningsSummary(ledger).map((summary) => (
        <section
          key={summary.currency_code}
          className="portal-card earnings-summary"
          aria-label={format(e.summaryLabel, { currency: summary.currency_code.toUpperCase() })}
          data-testid="earnings-summary"
          data-currency={summary.currency_code}
        >
          <div className="earnings-figure earnings-figure--main">
            <p className="earnings-figure__label">{e.owed}</p>
            <p className="earnings-figure__amount" data-testid="earnings-owed">
              {money(summary.owed, summary.currency_code)}
            </p>
            {summary.awaitingRemittance !== 0 ? (
              <p data-testid="earnings-awaiting-remittance">
                {format(e.awaitingRemittance, {
                  amount: money(summary.awaitingRemittance, summary.currency_code),
                })}
              </p>
            ) : null}
            <p className="field__hint">{e.owedHint}</p>
          </div>
          <div className="earnings-figure">
            <p className="earnings-figure__label">{e.pending}</p>
            <p className="earnings-figure__amount" data-testid="earnings-pending">
              {money(summary.pending, summary.currency_code)}
            </p>
            {summary.pendingCash > 0 ? (
              <p data-testid="earnings-pending-cash">
                {format(e.pendingCash, { amount: money(summary.pendingCash, summary.currency_code) })}
              </p>
            ) : null}
            <p className="field__hint">{e.pendingHint}</p>
          </div>
          <div className="earnings-figure">
            <p className="earnings-figure__label">{e.paid}</p>
            <p className="earnings-figure__amount" data-testid="earnings-paid">
              {money(summary.paid, summary.currency_code)}
            </p>
          </div>
        </section>
      ))}

      <section aria-labelledby="earnings-cash">
        <h2 id="earnings-cash">{e.cashTitle}</h2>
        <p className="field__hint">{e.cashIntro}</p>
        {(ledger.cash_parcels ?? []).length === 0 ? (
          <p className="empty-state">{e.cashEmpty}</p>
        ) : (
          <ul className="portal-movements">
            {(ledger.cash_parcels ?? []).map((parcel) => (
              <li
                key={parcel.vendor_order_id}
                className="portal-movement"
                data-testid="earnings-cash-parcel"
                data-cash-status={parcel.cash_status}
              >
                <span className="portal-movement__head">
                  <strong>
                    {format(e.cashOrder, {
                      number: `#${parcel.display_id ?? ""}`,
                      amount: money(parcel.total, parcel.currency_code),
                    })}
                  </strong>
                  <span>
                    {format(e.cashStatus[parcel.cash_status], {
                      amount: money(parcel.remitted, parcel.currency_code),
                    })}
                  </span>
                </span>
                {parcel.tracking_number ? (
                  <span dir="ltr" className="portal-movement__reference">
                    {parcel.tracking_number}
                  </span>
                ) : null}
                {parcel.remitted_at ? <span>{day(parcel.remitted_at)}</span> : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="earnings-payouts">
        <h2 id="earnings-payouts">{e.payoutsTitle}</h2>
        <p data-testid="earnings-payout-account">
          {ledger.payout_account
            ? format(e.payoutAccount, {
                bank: ledger.payout_account.bank_name ?? "",
                end: ledger.payout_account.rib_end,
              })
            : e.payoutAccountMissing}{" "}
          <span className="field__hint">{e.payoutAccountChange}</span>
        </p>
        {ledger.payouts.length === 0 ? (
          <p className="empty-state">{e.payoutsEmpty}</p>
        ) : (
          <ul className="portal-movements">
            {ledger.payouts.map((payout) => (
              <li
                key={payout.id}
                className="portal-movement"
                data-testid="earnings-payout"
                data-reference={payout.reference}
              >
                <span className="portal-movement__head">
                  <strong>{money(payout.amount, payout.currency_code)}</strong>
                  <span>{day(payout.paid_at)}</span>
                </span>
                <span>{e.methods[payout.method]}</span>
                <span dir="ltr" className="portal-movement__reference">
                  {format(e.reference, { reference: payout.reference })}
                </span>
                {payout.note ? <span dir="auto">{payout.note}</span> : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="earnings-movements">
        <h2 id="earnings-movements">{e.movementsTitle}</h2>
        {list.length === 0 ? (
          <p className="empty-state">{e.movementsEmpty}</p>
        ) : (
          <ul className="portal-movements">
            {list.map((movement) => (
              <li
                key={movement.id}
                className="portal-movement"
                data-testid="earnings-movement"
                data-kind={movement.kind}
              >
                <span className="portal-movement__head">
                  <strong>{e.kinds[movement.kind]}</strong>
                  <strong
                    className="portal-movement__amount"
                    data-sign={movement.amount < 0 ? "minus" : "plus"}
                  >
                    {money(movement.amount, movement.currency_code)}
                  </strong>
                </span>
                <span>{day(movement.date)}</span>
                {movement.kind === "payout" ? (
                  <span dir="ltr" className="portal-movement__reference">
                    {format(e.reference, { reference: movement.reference })}
                  </span>
                ) : movement.gross !== null && movement.commission !== null && movement.orderNumber ? (
                  <span>
                    {format(e.saleDetail, {
                      number: movement.orderNumber,
                      gross: money(movement.gross, movement.currency_code),
                      commission: money(movement.commission, movement.currency_code),
                    })}
                  </span>
                ) : movement.orderNumber ? (
                  <span>{format(e.orderRef, { number: movement.orderNumber })}</span>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  )
}
