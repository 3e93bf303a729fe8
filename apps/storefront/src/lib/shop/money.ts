// Ten-thousandths: finer than any currency's cents, so adding backend amounts this way is exact.
const SCALE = 10_000

/** Adds backend amounts (major units) as integers, so 0.1 + 0.2 is 0.3 and never 0.30000000000000004. */
export function sumAmounts(amounts: (number | null | undefined)[]): number {
  const units = amounts.reduce<number>((sum, amount) => sum + Math.round((amount ?? 0) * SCALE), 0)
  return units / SCALE
}
