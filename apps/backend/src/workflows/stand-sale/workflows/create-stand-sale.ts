import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { withRatesInForce } from "../../commission/commission-rates"
import { expireStorefrontCacheStep } from "../../common/steps/expire-storefront-cache"
import { sendNotificationsSafelyStep } from "../../common/steps/send-notifications-safely"
import { createLedgerEntriesStep } from "../../ledger/steps/create-ledger-entries"
import { recordStandSaleStep } from "../steps/record-stand-sale"
import { readStandSaleVariantsStep } from "../steps/read-stand-sale-variants"
import { takeStandStockStep } from "../steps/take-stand-stock"
import { validateRunningStandStep } from "../steps/validate-running-stand"
import { standSaleReceiptNotifications } from "../stand-sale-receipt"
import { STAND_SALE_CURRENCY, standSaleReference } from "../stand-sale-reference"
import { standSaleTotals } from "../stand-sale-totals"

export type CreateStandSaleWorkflowInput = {
  vendor_id: string
  event_id: string
  items: { variant_id: string; quantity: number }[]
  payment: "cash" | "card"
  buyer_phone?: string | null
  idempotency_key?: string | null
  /** the member's language, for the buyer's receipt */
  locale?: string | null
}

export const createStandSaleWorkflowId = "create-stand-sale"

/**
 * A member records an in-person sale at her cooperative's stand: the stock goes down at once, the
 * sale is recorded and owed to the cooperative less the centre's commission, and the shop's cache
 * of products expires so it never offers what was sold at the stand.
 */
export const createStandSaleWorkflow = createWorkflow(
  createStandSaleWorkflowId,
  (input: CreateStandSaleWorkflowInput) => {
    const { data: vendors } = useQueryGraphStep({
      entity: "vendor",
      fields: [
        "id",
        "name",
        "commission_rate",
        "commission_rates.rate",
        "commission_rates.category_id",
        "commission_rates.effective_from",
        "stock_locations.id",
      ],
      filters: { id: input.vendor_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "get-vendor" })

    // ownership first: another cooperative's variant id is a 404 whatever the event
    const lines = readStandSaleVariantsStep({
      vendor_id: input.vendor_id,
      currency_code: STAND_SALE_CURRENCY,
      items: input.items,
    })
    const stand = validateRunningStandStep({ event_id: input.event_id, vendor_id: input.vendor_id })

    const stock = transform({ vendors, lines }, ({ vendors, lines }) => ({
      location_id: vendors[0].stock_locations?.find((location) => !!location)?.id ?? null,
      lines,
    }))
    takeStandStockStep(stock)

    const productIds = transform({ lines }, ({ lines }) => [...new Set(lines.map((line) => line.product_id))])
    const { data: products } = useQueryGraphStep({
      entity: "product",
      fields: ["id", "categories.id"],
      filters: { id: productIds },
    }).config({ name: "get-stand-sale-products" })

    const sale = transform(
      { input, vendors, lines, stand, products },
      ({ input, vendors, lines, stand, products }) => ({
        ...standSaleTotals(
          withRatesInForce(lines, vendors[0], products as never, new Date()),
          vendors[0].commission_rate ?? null
        ),
        event_id: input.event_id,
        vendor_id: input.vendor_id,
        stand_number: stand.stand_number,
        idempotency_key: input.idempotency_key ?? null,
        payment: input.payment,
        buyer_phone: input.buyer_phone ?? null,
        currency_code: STAND_SALE_CURRENCY,
      })
    )
    const created = recordStandSaleStep(sale)

    const entries = transform({ created, sale, stand }, ({ created, sale, stand }) => [
      {
        vendor_id: sale.vendor_id,
        type: "sale" as const,
        amount: sale.vendor_amount,
        currency_code: sale.currency_code,
        reference: standSaleReference(created.id),
        description: `Stand sale at ${stand.event_name}, stand ${stand.stand_number} (${sale.payment}, commission ${sale.commission_amount})`,
      },
    ])
    createLedgerEntriesStep(entries)

    // the shop reads stock through its cached catalogue: expire it before answering the member
    expireStorefrontCacheStep(["products"])

    const receipt = transform({ created, sale, vendors, input }, ({ created, sale, vendors, input }) =>
      standSaleReceiptNotifications({
        sale_id: created.id,
        buyer_phone: sale.buyer_phone,
        total: sale.total,
        currency_code: sale.currency_code,
        cooperative: vendors[0].name,
        stand_number: sale.stand_number,
        locale: input.locale ?? null,
      })
    )
    sendNotificationsSafelyStep(receipt)

    return new WorkflowResponse(created)
  }
)
