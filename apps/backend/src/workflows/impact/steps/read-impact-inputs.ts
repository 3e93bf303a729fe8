import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BAZAAR_EVENT_MODULE } from "../../../modules/bazaar-event"
import type BazaarEventModuleService from "../../../modules/bazaar-event/service"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"
import type { ImpactInputs } from "../impact-figures"

export const readImpactInputsStepId = "read-impact-inputs"

// order ids per query: a long list in one filter makes one slow statement
const ORDER_BATCH = 500

/**
 * Reads what the figures are summed from: each module sums its own rows (ledger, stand sales), then
 * the cooperatives that sold and the countries their orders went to. Reads only: nothing to undo.
 */
export const readImpactInputsStep = createStep(
  readImpactInputsStepId,
  async ({ at }: { at: string }, { container }) => {
    const ledger: LedgerModuleService = container.resolve(LEDGER_MODULE)
    const events: BazaarEventModuleService = container.resolve(BAZAAR_EVENT_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)

    const [earnings, paid, parts, standSales] = await Promise.all([
      ledger.listImpactEarnings(),
      ledger.sumPayouts(),
      ledger.listEarningParts(),
      events.listStandSaleTotals(),
    ])

    const vendorIds = [...new Set([...parts, ...standSales].map((row) => row.vendor_id))]
    const { data: vendors } = vendorIds.length
      ? await query.graph({
          entity: "vendor",
          fields: ["id", "region", "members_count", "women_share"],
          filters: { id: vendorIds },
        })
      : { data: [] }

    const orderIds = [...new Set(parts.map((part) => part.order_id))]
    const orderCountries: ImpactInputs["order_countries"] = {}
    for (let start = 0; start < orderIds.length; start += ORDER_BATCH) {
      const { data: orders } = await query.graph({
        entity: "order",
        fields: ["id", "shipping_address.country_code"],
        filters: { id: orderIds.slice(start, start + ORDER_BATCH) },
      })
      for (const order of orders) {
        orderCountries[order.id] = order.shipping_address?.country_code?.toLowerCase() ?? null
      }
    }

    return new StepResponse<ImpactInputs>({
      computed_at: new Date(at),
      earnings,
      paid,
      parts,
      stand_sales: standSales,
      vendors: vendors.map((vendor) => ({
        id: vendor.id,
        region: vendor.region,
        members_count: vendor.members_count ?? null,
        women_share: vendor.women_share ?? null,
      })),
      order_countries: orderCountries,
    })
  }
)
