import type { Locale } from "@/lib/constants"
import { format } from "@/lib/i18n/format"
import { intlLocale } from "@/lib/i18n/locales"
import { getMessages } from "@/lib/i18n/messages"
import { returnableQuantities, returnDeadline, type ReturnRequestView } from "@/lib/shop/returns"
import type { StoreOrder } from "@/lib/types/store"
import { formatMoney } from "@/lib/util/money"
import ReturnDisputeForm from "./return-dispute-form"
import ReturnPhotos from "./return-photos"
import ReturnRequestForm from "./return-request-form"

type Props = { locale: Locale; order: StoreOrder; requests: ReturnRequestView[]; now?: Date }

/**
 * Returns on the shopper's order: for each delivered parcel still within its window, a form to ask
 * items back; every request with where it stands, the cooperative's reason when refused (and a way to
 * ask the centre), and what was refunded.
 */
export default function OrderReturns({ locale, order, requests, now = new Date() }: Props) {
  const m = getMessages(locale)
  const r = m.returns
  const day = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "long" })
  const errors = {
    ...m.shopErrors,
    returnNoItem: r.noItem,
    returnDisputeNote: r.disputeNoteShort,
    photoCount: r.photoCount,
    photoType: r.photoType,
    photoSize: r.photoSize,
  }
  const parts = (order.vendor_order ?? []).filter((part) => part.status === "delivered")
  if (!parts.length && !requests.length) {
    return null
  }
  return (
    <section className="order-returns" data-testid="order-returns">
      <h2>{r.title}</h2>
      {parts.map((part) => {
        const mine = requests.filter((request) => request.vendor_order_id === part.id)
        const left = returnableQuantities(part.items ?? [], mine)
        const lines = (part.items ?? [])
          .map((item) => ({
            line_item_id: item.line_item_id,
            title: item.title,
            returnable: left.get(item.line_item_id) ?? 0,
          }))
          .filter((line) => line.returnable > 0)
        const deadline = returnDeadline(part.delivered_at)
        const open = deadline && deadline.getTime() > now.getTime() && lines.length > 0
        return (
          <div key={part.id} className="order-returns__part" data-testid="order-returns-part">
            <h3>{format(m.order.parcelOf, { cooperative: part.vendor?.name ?? "" })}</h3>
            <ul className="plain-list">
              {mine.map((request) => (
                <li key={request.id} className="order-returns__request" data-testid="return-request-item">
                  <span
                    className="status-badge"
                    data-status={request.status}
                    data-testid="return-request-status"
                  >
                    {r.status[request.status]}
                  </span>{" "}
                  {request.items.map((line) => `${line.title} × ${line.quantity}`).join(", ")}
                  {request.decision_reason && request.status !== "accepted" ? (
                    <p className="muted">{format(r.decisionReason, { reason: request.decision_reason })}</p>
                  ) : null}
                  {request.status === "refunded" && request.refund_amount != null ? (
                    <p data-testid="return-refunded">
                      {format(r.refunded, {
                        amount: formatMoney(Number(request.refund_amount), request.currency_code, locale),
                      })}
                    </p>
                  ) : null}
                  <ReturnPhotos urls={request.photo_urls} alt={r.photoAlt} />
                  {request.status === "accepted" ? <p className="muted">{r.sendBack}</p> : null}
                  {request.status === "refused" && !request.disputed_at ? (
                    <ReturnDisputeForm
                      locale={locale}
                      returnRequestId={request.id}
                      labels={{
                        open: r.dispute,
                        note: r.disputeNote,
                        submit: r.disputeSubmit,
                        sending: r.sending,
                        sent: r.disputeSent,
                      }}
                      errors={errors}
                    />
                  ) : null}
                </li>
              ))}
            </ul>
            {open ? (
              <ReturnRequestForm
                locale={locale}
                vendorOrderId={part.id}
                lines={lines}
                labels={{
                  open: r.open,
                  intro: format(r.intro, { date: day.format(deadline) }),
                  quantity: r.quantity,
                  reason: r.reason,
                  reasons: r.reasons,
                  note: r.note,
                  photos: r.photos,
                  submit: r.submit,
                  sending: r.sending,
                  sent: r.sent,
                }}
                errors={errors}
              />
            ) : null}
          </div>
        )
      })}
    </section>
  )
}
