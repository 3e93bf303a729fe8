import type { Locale } from "@/lib/constants"
import { format } from "@/lib/i18n/format"
import type { PortalMessages } from "@/lib/portal/messages"
import type { ReturnRequestView } from "@/lib/shop/returns"
import { formatMoney } from "@/lib/util/money"
import ReturnPhotos from "@/modules/order/components/return-photos"
import ReturnRequestAnswer from "./return-request-answer"

type Props = {
  locale: Locale
  requests: ReturnRequestView[]
  m: Pick<PortalMessages, "returns" | "errors" | "common">
}

/** What the shopper asked to send back, why, and the member's next step for each request. */
export default function OrderReturnRequests({ locale, requests, m }: Props) {
  if (!requests.length) {
    return null
  }
  return (
    <section
      className="portal-card portal-card--action"
      aria-labelledby="order-returns"
      data-testid="portal-returns"
    >
      <h2 id="order-returns">{m.returns.title}</h2>
      <ul className="plain-list">
        {requests.map((request) => (
          <li key={request.id} className="portal-return" data-testid="portal-return">
            <p>
              <strong data-testid="portal-return-status">{m.returns.status[request.status]}</strong>
              {" · "}
              {request.items.map((line) => `${line.title} × ${line.quantity}`).join(", ")}
            </p>
            <p>{format(m.returns.reasonIs, { reason: m.returns.reasons[request.reason] })}</p>
            {request.note ? (
              <p className="muted">
                <bdi>{request.note}</bdi>
              </p>
            ) : null}
            <ReturnPhotos urls={request.photo_urls} alt={m.returns.photoAlt} />
            {request.decision_reason ? <p className="muted">{request.decision_reason}</p> : null}
            {request.status === "refunded" && request.refund_amount != null ? (
              <p>
                {format(m.returns.refunded, {
                  amount: formatMoney(Number(request.refund_amount), request.currency_code, locale),
                })}
              </p>
            ) : null}
            {request.status === "requested" || request.status === "accepted" ? (
              <ReturnRequestAnswer
                locale={locale}
                returnRequestId={request.id}
                status={request.status}
                m={m}
              />
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  )
}
