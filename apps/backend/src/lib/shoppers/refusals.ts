/** Refused parcels after which staff see the shopper in their list (a first refusal happens to anyone). */
export const REFUSALS_BEFORE_FLAG = 2

/** The customer metadata key staff set so that the shopper can only pay by card. */
export const CARD_REQUIRED_KEY = "card_required"

export const isCardRequired = (metadata: Record<string, unknown> | null | undefined) =>
  metadata?.[CARD_REQUIRED_KEY] === true

export type RefusingShopper = {
  customer_id: string
  email: string | null
  first_name: string | null
  last_name: string | null
  has_account: boolean
  refused_parts: number
  card_required: boolean
}

type Customer = {
  id: string
  email?: string | null
  first_name?: string | null
  last_name?: string | null
  has_account?: boolean | null
  metadata?: Record<string, unknown> | null
}

/**
 * Shoppers with at least `REFUSALS_BEFORE_FLAG` refused parcels, most refusals first, from the
 * refused parts' orders (one order may hold several refused parts: each counts).
 */
export function flaggedShoppers(
  refusedOrderIds: string[],
  orders: { id: string; customer?: Customer | null }[]
): RefusingShopper[] {
  const customerOf = new Map(orders.map((order) => [order.id, order.customer ?? null]))
  const byCustomer = new Map<string, { customer: Customer; refused: number }>()
  for (const orderId of refusedOrderIds) {
    const customer = customerOf.get(orderId)
    if (!customer) {
      continue
    }
    const row = byCustomer.get(customer.id) ?? { customer, refused: 0 }
    row.refused += 1
    byCustomer.set(customer.id, row)
  }
  return [...byCustomer.values()]
    .filter((row) => row.refused >= REFUSALS_BEFORE_FLAG)
    .sort((a, b) => b.refused - a.refused || a.customer.id.localeCompare(b.customer.id))
    .map(({ customer, refused }) => ({
      customer_id: customer.id,
      email: customer.email ?? null,
      first_name: customer.first_name ?? null,
      last_name: customer.last_name ?? null,
      has_account: !!customer.has_account,
      refused_parts: refused,
      card_required: isCardRequired(customer.metadata),
    }))
}
