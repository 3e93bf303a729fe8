import { storefrontLink, shopperLocale } from "../../lib/storefront/storefront-links"

export type TransferRequest = {
  /** The order change Medusa made for the transfer. */
  change_id: string
  /** display_id is an integer, which Medusa's order schema types as a String */
  order: { id: string; display_id: number | string | null; metadata: Record<string, unknown> | null }
  /** Medusa's transfer action: the secret token and the email the order was placed with. */
  details: { token?: unknown; original_email?: unknown } | null
}

/** The page where the owner of the order's email adds it to the account that asked, in the checkout's language. */
export function transferUrl(request: TransferRequest, token: string): string {
  return storefrontLink(
    `/${shopperLocale(request.order.metadata)}/account/orders/${request.order.id}/claim?token=${encodeURIComponent(token)}`
  )
}

/**
 * The message that lets a shopper add an order placed without an account to the account made later:
 * it goes to the email the order was placed with, so only who reads that mailbox can accept.
 */
export function orderTransferNotifications(request: TransferRequest) {
  const token = typeof request.details?.token === "string" ? request.details.token : undefined
  const to = typeof request.details?.original_email === "string" ? request.details.original_email : undefined
  if (!token || !to) {
    return []
  }
  return [
    {
      to,
      channel: "email",
      template: "order-transfer-requested",
      data: {
        order_id: request.order.id,
        display_id: request.order.display_id,
        url: transferUrl(request, token),
        locale: shopperLocale(request.order.metadata),
      },
      trigger_type: "order.transfer_requested",
      resource_id: request.order.id,
      resource_type: "order",
      // a replayed event must not send the link twice
      idempotency_key: `order-transfer:${request.change_id}`,
    },
  ]
}
