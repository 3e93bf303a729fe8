import type { FetchError } from "@medusajs/js-sdk"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import type { SalesReport } from "../../lib/sales-report/sales-report"
import { queryKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"

export type SalesReportQuery = { from?: string; to?: string; currency_code: "mad" | "eur" }
export type AdminSalesReportResponse = { report: SalesReport; currency_code: "mad" | "eur" }

export const salesReportQueryKeys = queryKeys("bazaar_sales_report")

/** Every cooperative's sales in a window of months; the previous report stays on screen while the next loads. */
export function useSalesReport(query: SalesReportQuery) {
  return useQuery<AdminSalesReportResponse, FetchError>({
    queryKey: salesReportQueryKeys.list(query),
    queryFn: () => sdk.client.fetch("/admin/sales-report", { query }),
    placeholderData: keepPreviousData,
  })
}
