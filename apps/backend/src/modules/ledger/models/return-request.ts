import { model } from "@medusajs/framework/utils"

export const RETURN_REQUEST_STATUSES = ["requested", "accepted", "refused", "disputed", "refunded"] as const
export const RETURN_REASONS = ["damaged", "not_as_described", "wrong_item", "changed_mind", "other"] as const

/**
 * A shopper's request to send back items of one delivered part. The cooperative accepts or refuses
 * it; a refusal the shopper disputes is settled by staff; once the items are back, Medusa's return
 * is received (stock back at the cooperative's location), exactly those items are refunded and the
 * cooperative's ledger gives back its sale of them (docs/orders-and-money.md).
 */
export const ReturnRequest = model.define("return_request", {
  id: model.id({ prefix: "retreq" }).primaryKey(),
  vendor_order_id: model.text().index("IDX_return_request_vendor_order_id"),
  vendor_id: model.text().index("IDX_return_request_vendor_id"),
  order_id: model.text().index("IDX_return_request_order_id"),
  customer_id: model.text().nullable(),
  currency_code: model.text(),
  status: model.enum([...RETURN_REQUEST_STATUSES]).default("requested"),
  /** [{ line_item_id, title, quantity }]: the lines of the part and how many of each come back */
  items: model.json(),
  reason: model.enum([...RETURN_REASONS]),
  note: model.text().nullable(),
  /** up to three photos from the shopper (the photo pipeline's URLs), e.g. of the damage */
  photo_urls: model.json().nullable(),
  /** what the cooperative or staff wrote when refusing, read by the shopper */
  decision_reason: model.text().nullable(),
  /** the member's or staff user's id behind the last decision */
  decided_by: model.text().nullable(),
  decided_at: model.dateTime().nullable(),
  /** the shopper's word when she disputes a refusal; staff then settle it */
  dispute_note: model.text().nullable(),
  disputed_at: model.dateTime().nullable(),
  /** Medusa's return, created when the request is accepted */
  return_id: model.text().nullable(),
  refund_amount: model.bigNumber().nullable(),
  refunded_at: model.dateTime().nullable(),
})
