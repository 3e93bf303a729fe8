/**
 * Made-to-order pieces: a member ticks "made to order" with the days it takes (the portal's product
 * form keeps both in the product's metadata). The shop shows the lead time, the confirmation says
 * when to expect the piece, and the cooperative's ship-by date waits for it.
 */
export function leadTimeDays(metadata: Record<string, unknown> | null | undefined): number | null {
  const days = metadata?.lead_time_days
  return metadata?.made_to_order === true && typeof days === "number" && Number.isInteger(days) && days > 0
    ? days
    : null
}
