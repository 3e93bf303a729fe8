import type { VendorSalesReport } from "@/lib/types/custom-routes"

/** One month's bar: its parts as shares of the longest bar, so that the chart fills the phone's width. */
export type MonthBar = {
  key: string
  online: number
  at_events: number
  total: number
  /** percentages of the chart's width */
  online_width: number
  at_events_width: number
}

const cents = (amount: number) => Math.round(amount * 100)

/** Bars for each month, the latest first (what a member looks for), scaled to the best month. */
export function monthBars(months: VendorSalesReport["by_month"]): MonthBar[] {
  const best = Math.max(0, ...months.map((month) => cents(month.online) + cents(month.at_events)))
  const width = (amount: number) => (best ? Math.round((cents(amount) / best) * 1000) / 10 : 0)
  return [...months].reverse().map((month) => ({
    key: month.key,
    online: month.online,
    at_events: month.at_events,
    total: (cents(month.online) + cents(month.at_events)) / 100,
    online_width: width(month.online),
    at_events_width: width(month.at_events),
  }))
}

/** "juin 2026" for "2026-06", in the member's language. */
export function monthLabel(key: string, intlLocale: string): string {
  const [year, month] = key.split("-").map(Number)
  return new Intl.DateTimeFormat(intlLocale, { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(Date.UTC(year, month - 1, 15))
  )
}
