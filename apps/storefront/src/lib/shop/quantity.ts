// A shopper buys a few pieces of a handmade product, not a wholesale lot.
export const MAX_QUANTITY = 20

/** A quantity typed or posted: a whole number from `min` to MAX_QUANTITY, else undefined. */
export function parseQuantity(value: unknown, min = 1): number | undefined {
  const quantity = typeof value === "string" && /^\d+$/.test(value.trim()) ? Number(value) : NaN
  return Number.isInteger(quantity) && quantity >= min && quantity <= MAX_QUANTITY ? quantity : undefined
}
