import { messageKey } from "../../lib/messages/idempotency"
import { shopperLocale, storefrontLink } from "../../lib/storefront/storefront-links"
import { memberLocale, portalUrl } from "../vendor/notification-links"

type RequestSummary = {
  id: string
  status: string
  vendor_order_id: string
  items: unknown
  reason?: string | null
  note?: string | null
  decision_reason?: string | null
}

type Member = { email?: string | null; locale?: string | null } | null

/** The request's lines as the templates list them. */
const itemsOf = (request: RequestSummary) =>
  ((request.items as { title: string; quantity: number }[] | null) ?? []).map((line) => ({
    title: line.title,
    quantity: line.quantity,
  }))

/**
 * "A shopper asks for a return" for every member of the parcel's cooperative, in each member's
 * language, linking to the parcel in the portal. Once per request and member.
 */
export function vendorReturnRequestedNotifications(
  request: RequestSummary,
  part: { display_id?: number | null; vendor?: { members?: Member[] | null } | null }
) {
  return (part.vendor?.members ?? []).flatMap((member) => {
    if (!member?.email) {
      return []
    }
    const locale = memberLocale(member)
    return [
      {
        to: member.email,
        channel: "email",
        template: "vendor-return-requested",
        data: {
          display_id: part.display_id ?? null,
          items: itemsOf(request),
          reason: request.note ?? null,
          url: portalUrl(`orders/${request.vendor_order_id}`, {}, locale),
          locale,
        },
        trigger_type: "return_request.created",
        resource_id: request.id,
        resource_type: "return_request",
        idempotency_key: messageKey("vendor-return-requested", request.id, member.email),
      },
    ]
  })
}

/**
 * The cooperative's (or the centre's) answer to the shopper, in her checkout's language, linking to
 * her order in her account, where she follows the return or takes a refusal to the centre. A request
 * is answered once by its cooperative and once more by staff after a dispute: the key names the status
 * and whether it was disputed.
 */
export function returnAnsweredNotifications(
  request: RequestSummary & { disputed_at?: Date | string | null },
  part: { vendor?: { name?: string | null } | null },
  order: {
    id: string
    display_id: number | string | null
    email: string | null
    metadata: Record<string, unknown> | null
  }
) {
  if (!order.email || (request.status !== "accepted" && request.status !== "refused")) {
    return []
  }
  const locale = shopperLocale(order.metadata)
  const template = request.status === "accepted" ? "return-accepted" : "return-refused"
  const round = request.disputed_at ? "settled" : "answered"
  return [
    {
      to: order.email,
      channel: "email",
      template,
      data: {
        display_id: order.display_id,
        cooperative: part.vendor?.name ?? null,
        items: itemsOf(request),
        reason: request.decision_reason ?? null,
        url: storefrontLink(`/${locale}/account/orders/${order.id}`),
        locale,
      },
      trigger_type: `return_request.${request.status}`,
      resource_id: request.id,
      resource_type: "return_request",
      idempotency_key: messageKey(template, `${request.id}:${round}`, order.email),
    },
  ]
}
