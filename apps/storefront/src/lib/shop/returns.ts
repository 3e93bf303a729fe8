export const RETURN_REASONS = ["damaged", "not_as_described", "wrong_item", "changed_mind", "other"] as const
export type ReturnReason = (typeof RETURN_REASONS)[number]

/** Photos a shopper may add to a return request (the backend's limit too). */
export const MAX_RETURN_PHOTOS = 3

export type ReturnRequestStatus = "requested" | "accepted" | "refused" | "disputed" | "refunded"

/** A return request as the shopper reads it (`GET /store/return-requests`). */
export type ReturnRequestView = {
  id: string
  vendor_order_id: string
  status: ReturnRequestStatus
  items: { line_item_id: string; title: string; quantity: number }[]
  reason: ReturnReason
  note?: string | null
  photo_urls?: string[] | null
  decision_reason?: string | null
  dispute_note?: string | null
  disputed_at?: string | null
  refund_amount?: number | string | null
  currency_code: string
  created_at: string
}

export type ReturnRequestBody = {
  vendor_order_id: string
  reason: ReturnReason
  note?: string
  items: { line_item_id: string; quantity: number }[]
}

const isReason = (value: unknown): value is ReturnReason => RETURN_REASONS.includes(value as ReturnReason)

/**
 * The return form read: one quantity field per line (`qty:<line item id>`), a reason and an optional
 * note. An error code (`returnNoItem`, `invalid`) when it cannot be sent; the backend checks the rest.
 */
export function parseReturnForm(formData: FormData): { body: ReturnRequestBody } | { error: string } {
  const vendorOrderId = formData.get("vendor_order_id")
  const reason = formData.get("reason")
  const note = formData.get("note")
  const items = returnLinesFrom(formData.entries())
  if (typeof vendorOrderId !== "string" || !vendorOrderId || !isReason(reason)) {
    return { error: "invalid" }
  }
  if (!items.length) {
    return { error: "returnNoItem" }
  }
  const trimmed = typeof note === "string" ? note.trim().slice(0, 1000) : ""
  return { body: { vendor_order_id: vendorOrderId, reason, items, ...(trimmed && { note: trimmed }) } }
}

/** The lines and quantities a return form asks back: its `qty:<line>` fields above zero. */
export function returnLinesFrom(entries: Iterable<[string, FormDataEntryValue]>) {
  const lines: { line_item_id: string; quantity: number }[] = []
  for (const [name, value] of entries) {
    if (!name.startsWith("qty:") || typeof value !== "string") continue
    const quantity = Number.parseInt(value, 10)
    if (Number.isInteger(quantity) && quantity > 0) {
      lines.push({ line_item_id: name.slice(4), quantity })
    }
  }
  return lines
}

/**
 * How many of each line of a parcel can still be asked back: what was bought less what requests
 * hold (all but refused ones, which free their items), as the backend counts.
 */
export function returnableQuantities(
  items: { line_item_id: string; quantity: number }[],
  requests: Pick<ReturnRequestView, "status" | "items">[]
) {
  const asked = new Map<string, number>()
  for (const request of requests.filter((candidate) => candidate.status !== "refused")) {
    for (const line of request.items) {
      asked.set(line.line_item_id, (asked.get(line.line_item_id) ?? 0) + line.quantity)
    }
  }
  return new Map(
    items.map((item) => [item.line_item_id, Math.max(0, item.quantity - (asked.get(item.line_item_id) ?? 0))])
  )
}

/** The last day a return may be asked for, `windowDays` after delivery. */
export function returnDeadline(deliveredAt: string | null | undefined, windowDays = 14) {
  return deliveredAt ? new Date(new Date(deliveredAt).getTime() + windowDays * 24 * 60 * 60 * 1000) : null
}
