import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BAZAAR_EVENT_MODULE } from "../../../modules/bazaar-event"
import type BazaarEventModuleService from "../../../modules/bazaar-event/service"
import type { StandSaleTotals } from "../stand-sale-totals"

export type RecordStandSaleStepInput = StandSaleTotals & {
  event_id: string
  vendor_id: string
  stand_number: string
  idempotency_key: string | null
  payment: "cash" | "card"
  buyer_phone: string | null
  currency_code: string
}

export const recordStandSaleStepId = "record-stand-sale"

/** Records the stand sale and its lines. */
export const recordStandSaleStep = createStep(
  recordStandSaleStepId,
  async (input: RecordStandSaleStepInput, { container }) => {
    const events = container.resolve<BazaarEventModuleService>(BAZAAR_EVENT_MODULE)
    const { lines, ...sale } = input
    const created = await events.createStandSales(sale)
    await events.createStandSaleLines(
      lines.map((line) => ({
        sale_id: created.id,
        variant_id: line.variant_id,
        product_id: line.product_id,
        title: line.title,
        variant_title: line.variant_title,
        sku: line.sku,
        quantity: line.quantity,
        unit_price: line.unit_price,
        total: line.total,
      }))
    )
    return new StepResponse({ id: created.id }, created.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    await container.resolve<BazaarEventModuleService>(BAZAAR_EVENT_MODULE).deleteStandSales(id)
  }
)
