import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { BAZAAR_EVENT_MODULE } from "../../modules/bazaar-event"
import type BazaarEventModuleService from "../../modules/bazaar-event/service"
import { LEDGER_MODULE } from "../../modules/ledger"
import type LedgerModuleService from "../../modules/ledger/service"
import { STAND_SALE_CURRENCY } from "../../workflows/stand-sale/stand-sale-reference"
import { moroccanMonthStart, nextMonth, salesReport, type SalesReport, type SoldLine } from "./sales-report"

export type SalesReportWindow = {
  /** first and last month, "2026-01" to "2026-12", both included */
  from: string
  to: string
  currency_code: "mad" | "eur"
  /** one cooperative's report (the portal's), or every cooperative's (Admin's) */
  vendor_id?: string
}

/**
 * Reads what the window sold, online and at the stands, with the names, regions and categories the
 * charts group by, in a handful of queries whatever the number of sales.
 */
export async function loadSalesReport(
  container: MedusaContainer,
  window: SalesReportWindow
): Promise<SalesReport> {
  const ledger: LedgerModuleService = container.resolve(LEDGER_MODULE)
  const events: BazaarEventModuleService = container.resolve(BAZAAR_EVENT_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const from = moroccanMonthStart(window.from)
  const to = moroccanMonthStart(nextMonth(window.to))
  const scope = { from, to, vendor_id: window.vendor_id }

  const [items, standLines, refusals] = await Promise.all([
    ledger.listDeliveredItems({ ...scope, currency_code: window.currency_code }),
    // stands sell in dirhams only
    window.currency_code === STAND_SALE_CURRENCY ? events.listLinesSoldAtStands(scope) : Promise.resolve([]),
    ledger.countDeliveredAndRefused(scope),
  ])
  const lines: SoldLine[] = [
    ...items.map((item) => ({
      channel: "online" as const,
      sale_id: item.vendor_order_id,
      vendor_id: item.vendor_id,
      product_id: item.product_id,
      title: item.title,
      quantity: item.quantity,
      total: item.total,
      sold_at: new Date(item.delivered_at),
      placed_at: new Date(item.placed_at),
    })),
    ...standLines.map((line) => ({
      channel: "at_events" as const,
      sale_id: line.sale_id,
      vendor_id: line.vendor_id,
      product_id: line.product_id,
      title: line.title,
      quantity: line.quantity,
      total: line.total,
      sold_at: new Date(line.sold_at),
    })),
  ]

  const vendorIds = [...new Set(lines.map((line) => line.vendor_id))]
  const productIds = [...new Set(lines.map((line) => line.product_id).filter((id): id is string => !!id))]
  const [{ data: vendors }, { data: products }] = await Promise.all([
    vendorIds.length
      ? query.graph({ entity: "vendor", fields: ["id", "name", "region"], filters: { id: vendorIds } })
      : Promise.resolve({ data: [] as { id: string; name: string; region: string }[] }),
    productIds.length
      ? query.graph({
          entity: "product",
          fields: ["id", "categories.name"],
          filters: { id: productIds },
          // a product deleted since it was sold keeps its sales, under no category
          withDeleted: true,
        })
      : Promise.resolve({ data: [] as { id: string; categories?: { name: string }[] | null }[] }),
  ])

  return salesReport({
    from,
    to,
    lines,
    vendors: Object.fromEntries(
      vendors.map((vendor) => [vendor.id, { name: vendor.name, region: vendor.region }])
    ),
    categories: Object.fromEntries(
      products.flatMap((product) =>
        product.categories?.[0]?.name ? [[product.id, product.categories[0].name] as const] : []
      )
    ),
    refusals,
  })
}
