import { MedusaResponse } from "@medusajs/framework/http"
import { loadSalesReport } from "../../../lib/sales-report/load-sales-report"
import { salesReportWindow, type SalesReportParamsType } from "../../utils/sales-report"
import type { VendorRequest } from "../vendor-request"

/** The caller's cooperative's own sales, month by month, and its best products (the portal's chart). */
export async function GET(req: VendorRequest<unknown, SalesReportParamsType>, res: MedusaResponse) {
  const { vendor } = req.vendor_context
  const window = salesReportWindow(req.validatedQuery, new Date(), vendor.id)
  const report = await loadSalesReport(req.scope, window)
  // its own figures only: the other cooperatives' names and regions are not its business
  res.json({
    report: {
      from: report.from,
      to: report.to,
      totals: report.totals,
      by_month: report.by_month,
      top_products: report.top_products,
      delivery: report.delivery,
      refusals: report.refusals,
    },
    currency_code: window.currency_code,
  })
}
