/**
 * Made-to-order pieces: a member ticks "made to order" with the days it takes (the portal's product
 * form keeps both in the product's metadata). Shoppers see the lead time on the product, in the cart
 * and on the confirmation, with the day the piece should be ready to ship.
 */
export function leadTimeDays(metadata: Record<string, unknown> | null | undefined): number | null {
  const days = metadata?.lead_time_days
  return metadata?.made_to_order === true && typeof days === "number" && Number.isInteger(days) && days > 0
    ? days
    : null
}

/** The day a piece ordered at `placedAt` should be ready to ship, `days` later. */
export function readyBy(placedAt: string | Date, days: number): Date {
  const date = new Date(placedAt)
  date.setUTCDate(date.getUTCDate() + days)
  return date
}
