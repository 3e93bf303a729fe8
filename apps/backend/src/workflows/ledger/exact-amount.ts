import type { BigNumberInput } from "@medusajs/framework/types"

/**
 * The exact value of a money field read through query.graph: the `raw_` value Medusa keeps beside
 * the number (typed there as plain JSON), else the number itself.
 */
export function exactAmount(
  raw: Record<string, unknown> | null | undefined,
  amount: BigNumberInput
): BigNumberInput {
  const value = raw?.value
  return typeof value === "string" || typeof value === "number" ? { ...raw, value } : amount
}
