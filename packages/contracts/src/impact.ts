/** Money per currency, as exact decimal strings: `{ mad: "12450.5", eur: "310" }`. */
export type AmountsByCurrency = Record<string, string>

/** An online and an at-the-bazaar count of the same thing. */
export type OnlineAndAtEvents = { online: number; at_events: number }

/**
 * What the marketplace did for its cooperatives, summed from the ledger and the cooperatives' records
 * (docs/impact.md). Computed every morning, never typed by hand.
 */
export type ImpactFigures = {
  /** when the figures were computed (ISO 8601) */
  computed_at: string
  /** payouts the centre recorded */
  paid_to_cooperatives: AmountsByCurrency
  /** the ledger entries summed: sales less commission, refunds and cancellations */
  earned_by_cooperatives: { online: AmountsByCurrency; at_events: AmountsByCurrency }
  /** cooperatives with at least one sale */
  cooperatives: number
  /** their members, and of them women, as their records say */
  members: number
  women_members: number
  /** the Moroccan regions those cooperatives work in, sorted */
  regions: string[]
  /** countries that delivered orders reached (ISO 3166-1 alpha-2, lower case, sorted) */
  countries_reached: string[]
  /** shoppers' orders delivered online, and sales made at bazaar stands */
  orders: OnlineAndAtEvents
  /** units sold */
  products_sold: OnlineAndAtEvents
  /** bazaars where at least one stand sale was made */
  events: number
}

/** One cooperative's own figures, shown on its page when it chose to (`vendor.show_impact`). */
export type CooperativeImpact = {
  computed_at: string
  orders: OnlineAndAtEvents
  products_sold: OnlineAndAtEvents
  countries_reached: string[]
  events: number
}
