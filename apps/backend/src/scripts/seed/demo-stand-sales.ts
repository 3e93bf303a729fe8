import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { BAZAAR_EVENT_MODULE } from "../../modules/bazaar-event"
import type BazaarEventModuleService from "../../modules/bazaar-event/service"
import { LEDGER_MODULE } from "../../modules/ledger"
import type LedgerModuleService from "../../modules/ledger/service"
import { standSaleTotals } from "../../workflows/stand-sale/stand-sale-totals"
import { STAND_SALE_CURRENCY, standSaleReference } from "../../workflows/stand-sale/stand-sale-reference"
import { products as seedProducts } from "../seed-data/products"

type Container = ExecArgs["container"]

const PAST_EVENT_HANDLE = "bazar-solidaire-tetouan"
const HOUR = 60 * 60 * 1000

// per stand: which of its products sold, how many, and how the buyer paid (first variant of each)
const SALES: { items: [number, number][]; payment: "cash" | "card"; hour: number }[] = [
  { items: [[0, 2]], payment: "cash", hour: 3 },
  {
    items: [
      [1, 1],
      [2, 1],
    ],
    payment: "card",
    hour: 27,
  },
  { items: [[0, 1]], payment: "cash", hour: 52 },
]

/**
 * A few stand sales at the past demo bazaar, so figures that count sales at events are not empty.
 * Written as the stand-sale workflow writes them (sale, lines, ledger entry with the commission),
 * without touching today's stock: those units left long ago. Skipped once the bazaar has sales.
 */
export async function seedDemoStandSales(container: Container) {
  const events = container.resolve<BazaarEventModuleService>(BAZAAR_EVENT_MODULE)
  const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [event] = await events.listBazaarEvents({ handle: PAST_EVENT_HANDLE }, { relations: ["stands"] })
  if (!event) {
    return
  }
  const [, existing] = await events.listAndCountStandSales({ event_id: event.id }, { take: 1 })
  if (existing > 0) {
    return
  }
  for (const stand of event.stands ?? []) {
    const { data: vendors } = await query.graph({
      entity: "vendor",
      fields: ["id", "handle", "commission_rate"],
      filters: { id: stand.vendor_id },
    })
    const vendor = vendors[0]
    const catalogue = seedProducts.filter((product) => product.vendor === vendor?.handle)
    const skus = catalogue.map((product) => product.variants[0].sku)
    if (!vendor || !skus.length) {
      continue
    }
    const { data: variants } = await query.graph({
      entity: "product_variant",
      fields: ["id", "sku", "title", "product.id", "product.title"],
      filters: { sku: skus },
    })
    for (const [index, sale] of SALES.entries()) {
      const lines = sale.items.flatMap(([n, quantity]) => {
        const product = catalogue[n]
        const variant = variants.find((candidate) => candidate.sku === product?.variants[0].sku)
        return product && variant?.product
          ? [
              {
                variant_id: variant.id,
                product_id: variant.product.id,
                title: variant.product.title,
                variant_title: variant.title ?? null,
                sku: variant.sku ?? null,
                quantity,
                unit_price: product.variants[0].price_mad,
              },
            ]
          : []
      })
      if (!lines.length) {
        continue
      }
      const totals = standSaleTotals(lines, (vendor.commission_rate as number | null) ?? null)
      const created = await events.createStandSales({
        event_id: event.id,
        vendor_id: vendor.id,
        stand_number: stand.stand_number,
        idempotency_key: `demo-${event.handle}-${stand.stand_number}-${index}`,
        payment: sale.payment,
        buyer_phone: null,
        currency_code: STAND_SALE_CURRENCY,
        total: totals.total,
        commission_rate: totals.commission_rate,
        commission_amount: totals.commission_amount,
        vendor_amount: totals.vendor_amount,
        created_at: new Date(new Date(event.starts_at).getTime() + sale.hour * HOUR),
      })
      await events.createStandSaleLines(totals.lines.map((line) => ({ ...line, sale_id: created.id })))
      await ledger.createLedgerEntries([
        {
          vendor_id: vendor.id,
          type: "sale",
          amount: totals.vendor_amount,
          currency_code: STAND_SALE_CURRENCY,
          reference: standSaleReference(created.id),
          description: `Stand sale at ${event.name}, stand ${stand.stand_number} (${sale.payment}, commission ${totals.commission_amount})`,
        },
      ])
    }
  }
}
