import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadSalesReport } from "../../../lib/sales-report/load-sales-report"
import { salesReportWindow, type SalesReportParamsType } from "../../utils/sales-report"

/**
 * Every cooperative's sales in a window of months: by month, cooperative, region and category, online
 * and at the stands, the best products, delivery time and refusal rate (Admin's dashboard).
 */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, SalesReportParamsType>,
  res: MedusaResponse
) {
  const window = salesReportWindow(req.validatedQuery, new Date())
  res.json({ report: await loadSalesReport(req.scope, window), currency_code: window.currency_code })
}
