import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"

/** Days a shopper has to ask for a return after delivery, unless her order's region says otherwise. */
export const DEFAULT_RETURN_WINDOW_DAYS = 14
const DAY_MS = 24 * 60 * 60 * 1000

export type ReturnPolicy = {
  /** days after delivery to ask for a return */
  window_days: number
  /** whether the part's delivery is refunded when all of it comes back (the EU's right of withdrawal) */
  refunds_shipping: boolean
}

/** A region's return policy, read from its metadata (`return_window_days`, `return_refunds_shipping`). */
export function returnPolicy(metadata: Record<string, unknown> | null | undefined): ReturnPolicy {
  const days = Number(metadata?.return_window_days)
  return {
    window_days: Number.isInteger(days) && days >= 0 ? days : DEFAULT_RETURN_WINDOW_DAYS,
    refunds_shipping:
      metadata?.return_refunds_shipping === true || metadata?.return_refunds_shipping === "true",
  }
}

/** The last moment a return may be asked for, or null while the part is not delivered. */
export function returnDeadline(deliveredAt: Date | string | null | undefined, windowDays: number) {
  return deliveredAt ? new Date(new Date(deliveredAt).getTime() + windowDays * DAY_MS) : null
}

export type ReturnLine = { line_item_id: string; quantity: number }
type RequestSoFar = { status: string; items: unknown }

/** Requests that hold their items: all but refused ones (a refused request frees them for a new one). */
const HOLDING = (status: string) => status !== "refused"

/** How many of each line were already asked back (refunded, accepted, waiting or disputed). */
export function quantitiesAskedBack(requests: RequestSoFar[], holds = HOLDING) {
  const asked = new Map<string, number>()
  for (const request of requests.filter((candidate) => holds(candidate.status))) {
    for (const line of (request.items as ReturnLine[] | null) ?? []) {
      asked.set(line.line_item_id, (asked.get(line.line_item_id) ?? 0) + line.quantity)
    }
  }
  return asked
}

/**
 * Why these lines cannot be asked back from this part, or null: each line must be one of the part's,
 * once, and at most what was bought less what earlier requests hold.
 */
export function invalidReturnLines(
  partItems: { line_item_id: string; quantity: number }[],
  requests: RequestSoFar[],
  lines: ReturnLine[]
): string | null {
  const bought = new Map(partItems.map((item) => [item.line_item_id, item.quantity]))
  const asked = quantitiesAskedBack(requests)
  const seen = new Set<string>()
  for (const line of lines) {
    if (!bought.has(line.line_item_id)) {
      return `Item ${line.line_item_id} is not part of this parcel`
    }
    if (seen.has(line.line_item_id)) {
      return `Item ${line.line_item_id} is listed twice`
    }
    seen.add(line.line_item_id)
    const left = bought.get(line.line_item_id)! - (asked.get(line.line_item_id) ?? 0)
    if (line.quantity > left) {
      return left > 0
        ? `Only ${left} of item ${line.line_item_id} can still be returned`
        : `Item ${line.line_item_id} has already been asked back`
    }
  }
  return null
}

export type ReturnedPart = {
  shipping_total: BigNumberInput
  commission_rate: BigNumberInput
  items: { line_item_id: string; quantity: number; total: BigNumberInput }[]
}

const cents = (value: BigNumberInput) => MathBN.convert(value, 2)

/**
 * What a return refunds the shopper and takes back from the cooperative. Values are cumulative over
 * the part's refunded returns, then differenced, so returning a line in several goes refunds exactly
 * its total and the commission given back adds up to the part's: a line of 3 for 100.00 refunds
 * 33.33, then 33.34, then 33.33. The cooperative gives back the items' value less the centre's
 * commission on it, and the delivery when it is refunded (the cooperative was paid it to ship).
 */
export function returnAmounts(
  part: ReturnedPart,
  refundedBefore: ReturnLine[],
  returning: ReturnLine[],
  policy: Pick<ReturnPolicy, "refunds_shipping">
) {
  const before = new Map<string, number>()
  for (const line of refundedBefore) {
    before.set(line.line_item_id, (before.get(line.line_item_id) ?? 0) + line.quantity)
  }
  const after = new Map(before)
  for (const line of returning) {
    after.set(line.line_item_id, (after.get(line.line_item_id) ?? 0) + line.quantity)
  }
  const valueOf = (returned: Map<string, number>) =>
    MathBN.add(
      0,
      ...part.items.map((item) =>
        item.quantity
          ? cents(MathBN.div(MathBN.mult(item.total, returned.get(item.line_item_id) ?? 0), item.quantity))
          : 0
      )
    )
  const commissionOf = (value: BigNumberInput) =>
    cents(MathBN.div(MathBN.mult(value, part.commission_rate), 100))
  const valueBefore = valueOf(before)
  const valueAfter = valueOf(after)
  const items = MathBN.sub(valueAfter, valueBefore)
  const commission = MathBN.sub(commissionOf(valueAfter), commissionOf(valueBefore))
  const allBack = part.items.every((item) => (after.get(item.line_item_id) ?? 0) >= item.quantity)
  const shipping =
    policy.refunds_shipping && allBack ? MathBN.convert(part.shipping_total) : MathBN.convert(0)
  return {
    items: items.toString(),
    shipping: shipping.toString(),
    refund: MathBN.add(items, shipping).toString(),
    commission: commission.toString(),
    /** negative: what the cooperative's ledger gives back */
    ledger_amount: MathBN.mult(MathBN.add(MathBN.sub(items, commission), shipping), -1).toString(),
  }
}

/**
 * The lines of a delivered part that Medusa does not count as fulfilled yet, with how many: the portal's
 * "delivered" never went through Medusa's fulfillments, and Medusa returns only fulfilled items.
 */
export function unfulfilledLines(
  partItems: { line_item_id: string; quantity: number }[],
  orderItems: { id: string; detail?: { fulfilled_quantity?: unknown } | null }[]
) {
  const fulfilled = new Map(orderItems.map((item) => [item.id, Number(item.detail?.fulfilled_quantity ?? 0)]))
  return partItems.flatMap((item) => {
    const missing = item.quantity - (fulfilled.get(item.line_item_id) ?? 0)
    return missing > 0 ? [{ id: item.line_item_id, quantity: missing }] : []
  })
}

type OrderPayments = {
  payment_collections?:
    | ({ payments?: ({ id: string; captures?: ({ id: string } | null)[] | null } | null)[] | null } | null)[]
    | null
}

/**
 * The payment a return is refunded from: the one money was taken on. Medusa's return flows may cancel
 * the order's payment collection and open another for what is still due, so the payment need not be live.
 */
export function capturedPayment(order: OrderPayments | undefined) {
  const payments = (order?.payment_collections ?? []).flatMap((collection) => collection?.payments ?? [])
  const payment = payments.find((candidate) => (candidate?.captures ?? []).some((capture) => !!capture))
  return payment ? { id: payment.id } : null
}

/**
 * Why a return cannot be asked yet on a cash-on-delivery order, or null: while another parcel of the
 * order is not delivered, Medusa's return flow would cancel the cash payment its courier still has to
 * collect (it reopens the payment collection for what is due), so returns wait until every parcel is
 * delivered. Card orders are paid whole at checkout and have no such wait.
 */
export function cashOrderNotSettled(
  part: { id: string; payment_provider_id?: string | null },
  siblings: { id: string; status: string }[],
  cashProviderId: string
): string | null {
  if (part.payment_provider_id !== cashProviderId) {
    return null
  }
  const open = siblings.filter((sibling) => sibling.id !== part.id && sibling.status !== "delivered")
  if (!open.length) {
    return null
  }
  return open.some((sibling) => ["pending", "shipped"].includes(sibling.status))
    ? "Another parcel of this order is still on its way: a return can be asked once every parcel is delivered"
    : "Another parcel of this order was refused or canceled: ask the centre for this return"
}

/** A request's `items` column (JSON) as the lines it holds. */
export const returnLines = (items: unknown): ReturnLine[] =>
  Array.isArray(items) ? (items as ReturnLine[]) : []
