/**
 * How far (percent of the published price) a cooperative may move a published product's price
 * without review: a price set each season moves a little; a price cut in half or doubled is checked
 * by staff first. Set by the centre with `BAZAAR_PRICE_CHANGE_WITHOUT_REVIEW_PERCENT` (0 reviews every
 * price change).
 */
export function priceChangeWithoutReviewPercent(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.BAZAAR_PRICE_CHANGE_WITHOUT_REVIEW_PERCENT ?? 10)
  return Number.isFinite(value) && value >= 0 ? value : 10
}
