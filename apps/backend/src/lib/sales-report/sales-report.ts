/**
 * Sales reports for staff (every cooperative) and for a cooperative's members (its own), summed from
 * delivered online parts and stand sales (docs/impact.md). Amounts are in one currency, summed in
 * cents so that the report adds up exactly.
 */

/** A line sold: online (a delivered part's) or at a stand. */
export type SoldLine = {
  channel: "online" | "at_events"
  /** the part or the stand sale it belongs to */
  sale_id: string
  vendor_id: string
  product_id: string | null
  title: string
  quantity: number
  total: string
  /** when it became a sale: the part's delivery, the stand sale's time */
  sold_at: Date
  /** online only: when the order was placed, for the delivery time */
  placed_at?: Date
}

export type SalesReportInputs = {
  from: Date
  to: Date
  lines: SoldLine[]
  /** cooperatives by id: name and region */
  vendors: Record<string, { name: string; region: string }>
  /** a product's first category, by product id */
  categories: Record<string, string>
  refusals: { delivered: number; refused: number }
}

/** Online and at-the-stand amounts of one group (a month, a cooperative…). */
export type ChannelAmounts = { online: number; at_events: number }
export type ReportRow = { key: string; label: string } & ChannelAmounts

export type SalesReport = {
  from: string
  to: string
  totals: ChannelAmounts & { online_orders: number; stand_sales: number }
  by_month: ReportRow[]
  by_cooperative: ReportRow[]
  by_region: ReportRow[]
  by_category: ReportRow[]
  top_products: { key: string; label: string; units: number; amount: number }[]
  /** days from an order to its delivery, on average over the parts delivered in the window */
  delivery: { parts: number; average_days: number | null }
  /** parts refused at the door among those delivered or refused in the window */
  refusals: { delivered: number; refused: number; rate: number | null }
}

const TOP_PRODUCTS = 10
const DAY_MS = 24 * 60 * 60 * 1000
const UNCATEGORISED = "—"

const cents = (amount: string) => Math.round(Number(amount) * 100)

/** "2026-06": the month in Morocco a sale was made in. */
export function reportMonth(at: Date): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Africa/Casablanca",
    year: "numeric",
    month: "2-digit",
  }).formatToParts(at)
  const part = (type: string) => parts.find((p) => p.type === type)!.value
  return `${part("year")}-${part("month")}`
}

/** Every month from `from` to `to`, so that a month without sales shows as zero, not as a gap. */
export function monthsBetween(from: Date, to: Date): string[] {
  const months: string[] = []
  let [year, month] = reportMonth(from).split("-").map(Number)
  const last = reportMonth(new Date(to.getTime() - 1))
  for (;;) {
    const key = `${year}-${String(month).padStart(2, "0")}`
    months.push(key)
    if (key >= last) {
      return months
    }
    if (month === 12) {
      year += 1
      month = 1
    } else {
      month += 1
    }
  }
}

function grouped(
  lines: SoldLine[],
  keyOf: (line: SoldLine) => string,
  labelOf: (key: string) => string,
  keys: string[] = []
): ReportRow[] {
  const sums = new Map<string, { online: number; at_events: number }>(
    keys.map((key) => [key, { online: 0, at_events: 0 }])
  )
  for (const line of lines) {
    const key = keyOf(line)
    const sum = sums.get(key) ?? { online: 0, at_events: 0 }
    sum[line.channel] += cents(line.total)
    sums.set(key, sum)
  }
  return [...sums].map(([key, sum]) => ({
    key,
    label: labelOf(key),
    online: sum.online / 100,
    at_events: sum.at_events / 100,
  }))
}

const byTotal = (a: ReportRow, b: ReportRow) =>
  b.online + b.at_events - (a.online + a.at_events) || a.label.localeCompare(b.label)

/** The report, from the lines sold in the window. Pure: what each chart means is written once, here. */
export function salesReport(inputs: SalesReportInputs): SalesReport {
  const { lines, vendors, categories } = inputs
  const online = lines.filter((line) => line.channel === "online")
  const totals = grouped(
    lines,
    () => "all",
    () => "all"
  )[0] ?? { online: 0, at_events: 0 }

  const products = new Map<string, { label: string; units: number; cents: number }>()
  for (const line of lines) {
    const key = line.product_id ?? line.title
    const product = products.get(key) ?? { label: line.title, units: 0, cents: 0 }
    product.units += line.quantity
    product.cents += cents(line.total)
    products.set(key, product)
  }

  // one delivery time per part, however many lines it has
  const deliveries = new Map<string, number>()
  for (const line of online) {
    if (line.placed_at) {
      deliveries.set(line.sale_id, (line.sold_at.getTime() - line.placed_at.getTime()) / DAY_MS)
    }
  }
  const days = [...deliveries.values()]
  const closed = inputs.refusals.delivered + inputs.refusals.refused

  return {
    from: inputs.from.toISOString(),
    to: inputs.to.toISOString(),
    totals: {
      online: totals.online,
      at_events: totals.at_events,
      online_orders: new Set(online.map((line) => line.sale_id)).size,
      stand_sales: new Set(lines.filter((l) => l.channel === "at_events").map((l) => l.sale_id)).size,
    },
    by_month: grouped(
      lines,
      (line) => reportMonth(line.sold_at),
      (key) => key,
      monthsBetween(inputs.from, inputs.to)
    ),
    by_cooperative: grouped(
      lines,
      (line) => line.vendor_id,
      (key) => vendors[key]?.name ?? key
    ).sort(byTotal),
    by_region: grouped(
      lines,
      (line) => vendors[line.vendor_id]?.region ?? UNCATEGORISED,
      (key) => key
    ).sort(byTotal),
    by_category: grouped(
      lines,
      (line) => (line.product_id && categories[line.product_id]) || UNCATEGORISED,
      (key) => key
    ).sort(byTotal),
    top_products: [...products]
      .map(([key, product]) => ({
        key,
        label: product.label,
        units: product.units,
        amount: product.cents / 100,
      }))
      .sort((a, b) => b.units - a.units || b.amount - a.amount || a.label.localeCompare(b.label))
      .slice(0, TOP_PRODUCTS),
    delivery: {
      parts: days.length,
      average_days: days.length
        ? Math.round((days.reduce((a, b) => a + b, 0) / days.length) * 10) / 10
        : null,
    },
    refusals: {
      ...inputs.refusals,
      rate: closed ? Math.round((inputs.refusals.refused / closed) * 1000) / 1000 : null,
    },
  }
}

/** The instant a Moroccan month ("2026-06") begins: reports run from month to month, Moroccan time. */
export function moroccanMonthStart(month: string): Date {
  const [year, monthNumber] = month.split("-").map(Number)
  const guess = Date.UTC(year, monthNumber - 1, 1)
  // Morocco's offset at that moment (UTC+1, or UTC during Ramadan), read from the time zone database
  const wall = new Intl.DateTimeFormat("en-US", {
    timeZone: "Africa/Casablanca",
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(new Date(guess))
  const part = (type: string) => Number(wall.find((p) => p.type === type)!.value)
  const asUtc = Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"))
  return new Date(guess - (asUtc - guess))
}

/** The month after "2026-12": "2027-01". */
export function nextMonth(month: string): string {
  const [year, monthNumber] = month.split("-").map(Number)
  return monthNumber === 12 ? `${year + 1}-01` : `${year}-${String(monthNumber + 1).padStart(2, "0")}`
}
