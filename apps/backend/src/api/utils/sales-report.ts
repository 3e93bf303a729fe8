import { z } from "@medusajs/framework/zod"
import { MedusaError } from "@medusajs/framework/utils"
import type { SalesReportWindow } from "../../lib/sales-report/load-sales-report"
import { reportMonth } from "../../lib/sales-report/sales-report"

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/
// three years of months: enough to compare seasons, small enough to answer at once
const MAX_MONTHS = 36

const month = z.string().regex(MONTH, { message: "A month is written as 2026-06" })

/** `?from=2026-01&to=2026-12&currency_code=mad`: months included, in Moroccan time; the last 12 by default. */
export const SalesReportParams = z
  .object({
    from: month.optional(),
    to: month.optional(),
    currency_code: z.enum(["mad", "eur"]).default("mad"),
  })
  .strict()
export type SalesReportParamsType = z.infer<typeof SalesReportParams>

const monthIndex = (value: string) => {
  const [year, monthNumber] = value.split("-").map(Number)
  return year * 12 + monthNumber - 1
}
const monthOf = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`

/** The window a request asks for: 400 when it runs backwards or spans more than three years. */
export function salesReportWindow(
  params: SalesReportParamsType,
  now: Date,
  vendor_id?: string
): SalesReportWindow {
  const to = params.to ?? reportMonth(now)
  const from = params.from ?? monthOf(monthIndex(to) - 11)
  const span = monthIndex(to) - monthIndex(from) + 1
  if (span < 1) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `The report's first month (${from}) comes after its last (${to})`
    )
  }
  if (span > MAX_MONTHS) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `A report covers at most ${MAX_MONTHS} months; ${from} to ${to} is ${span}`
    )
  }
  return { from, to, currency_code: params.currency_code, vendor_id }
}
