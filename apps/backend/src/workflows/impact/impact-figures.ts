import type { AmountsByCurrency, CooperativeImpact, ImpactFigures } from "@bazaar/contracts"
import { MathBN } from "@medusajs/framework/utils"

/** What the figures are summed from: the ledger, the stand sales and the cooperatives' records. */
export type ImpactInputs = {
  computed_at: Date
  /** each cooperative's ledger entries summed per currency, stand sales apart */
  earnings: {
    vendor_id: string
    currency_code: string
    earned_online: string
    earned_at_events: string
    /** cash of its own deliveries the cooperative kept: money it received, as a payout is */
    kept_cash: string
  }[]
  /** payouts summed per currency */
  paid: AmountsByCurrency
  /** online parts that earned (delivered), with their order and units */
  parts: { vendor_id: string; order_id: string; units: number }[]
  /** each cooperative's stand sales */
  stand_sales: { vendor_id: string; sales: number; units: number; event_ids: string[] }[]
  /** the cooperatives that sold, as their records say */
  vendors: { id: string; region: string; members_count: number | null; women_share: number | null }[]
  /** the country each order was delivered to (lower case) */
  order_countries: Record<string, string | null | undefined>
}

export type ImpactSummary = {
  figures: ImpactFigures
  cooperatives: Record<string, CooperativeImpact>
}

const BAZAAR_COUNTRY = "ma"

const sorted = (values: Iterable<string>) => [...new Set(values)].sort()

function addAmount(into: AmountsByCurrency, currency: string, amount: string) {
  const sum = MathBN.add(into[currency] ?? 0, amount)
  into[currency] = sum.toString()
}

/** Women among a cooperative's members: its share (a percentage) of its members, to the nearest one. */
export function womenMembers(vendor: { members_count: number | null; women_share: number | null }): number {
  if (!vendor.members_count || vendor.women_share === null) {
    return 0
  }
  return Math.round((vendor.members_count * vendor.women_share) / 100)
}

/**
 * The marketplace's figures and each cooperative's, from what was read. Pure, so what every figure
 * means is written once, here, and tested.
 */
export function summariseImpact(inputs: ImpactInputs): ImpactSummary {
  const computedAt = inputs.computed_at.toISOString()
  const online: AmountsByCurrency = {}
  const atEvents: AmountsByCurrency = {}
  const paid: AmountsByCurrency = { ...inputs.paid }
  for (const row of inputs.earnings) {
    addAmount(online, row.currency_code, row.earned_online)
    addAmount(atEvents, row.currency_code, row.earned_at_events)
    if (Number(row.kept_cash) !== 0) {
      addAmount(paid, row.currency_code, row.kept_cash)
    }
  }

  const cooperatives: Record<string, CooperativeImpact> = {}
  const ofCooperative = (vendorId: string) =>
    (cooperatives[vendorId] ??= {
      computed_at: computedAt,
      orders: { online: 0, at_events: 0 },
      products_sold: { online: 0, at_events: 0 },
      countries_reached: [],
      events: 0,
    })

  const ordersByCooperative = new Map<string, Set<string>>()
  for (const part of inputs.parts) {
    const own = ofCooperative(part.vendor_id)
    own.products_sold.online += part.units
    const orders = ordersByCooperative.get(part.vendor_id) ?? new Set<string>()
    orders.add(part.order_id)
    ordersByCooperative.set(part.vendor_id, orders)
  }
  for (const [vendorId, orders] of ordersByCooperative) {
    const own = ofCooperative(vendorId)
    own.orders.online = orders.size
    own.countries_reached = sorted(
      [...orders].map((orderId) => inputs.order_countries[orderId]).filter((code): code is string => !!code)
    )
  }
  const eventIds = new Set<string>()
  for (const totals of inputs.stand_sales) {
    const own = ofCooperative(totals.vendor_id)
    own.orders.at_events = totals.sales
    own.products_sold.at_events = totals.units
    own.events = totals.event_ids.length
    // bazaars are held in Morocco: a stand sale reached it
    own.countries_reached = sorted([...own.countries_reached, BAZAAR_COUNTRY])
    totals.event_ids.forEach((id) => eventIds.add(id))
  }

  const sold = inputs.vendors.filter((vendor) => cooperatives[vendor.id])
  const figures: ImpactFigures = {
    computed_at: computedAt,
    paid_to_cooperatives: paid,
    earned_by_cooperatives: { online, at_events: atEvents },
    cooperatives: Object.keys(cooperatives).length,
    members: sold.reduce((sum, vendor) => sum + (vendor.members_count ?? 0), 0),
    women_members: sold.reduce((sum, vendor) => sum + womenMembers(vendor), 0),
    regions: sorted(sold.map((vendor) => vendor.region)),
    countries_reached: sorted(Object.values(cooperatives).flatMap((own) => own.countries_reached)),
    orders: {
      online: new Set(inputs.parts.map((part) => part.order_id)).size,
      at_events: inputs.stand_sales.reduce((sum, totals) => sum + totals.sales, 0),
    },
    products_sold: {
      online: inputs.parts.reduce((sum, part) => sum + part.units, 0),
      at_events: inputs.stand_sales.reduce((sum, totals) => sum + totals.units, 0),
    },
    events: eventIds.size,
  }
  return { figures, cooperatives }
}

/** The day in Morocco a snapshot belongs to ("2026-06-12"): one snapshot a day. */
export function impactDay(at: Date): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "Africa/Casablanca",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(at)
}
