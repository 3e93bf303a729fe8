import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type { RETURN_REASONS } from "../../../modules/ledger/models/return-request"
import type LedgerModuleService from "../../../modules/ledger/service"

export type ReturnRequestInput = {
  vendor_order_id: string
  vendor_id: string
  order_id: string
  customer_id: string | null
  currency_code: string
  items: { line_item_id: string; title: string; quantity: number }[]
  reason: (typeof RETURN_REASONS)[number]
  note: string | null
  photo_urls: string[] | null
}

export const createReturnRequestStepId = "create-return-request"

/** Records the shopper's request; compensation deletes it. */
export const createReturnRequestStep = createStep(
  createReturnRequestStepId,
  async (input: ReturnRequestInput, { container }) => {
    const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
    // the lines are a JSON array: Medusa's inferred input types a json column as an object
    const [created] = await ledger.createReturnRequests([
      {
        ...input,
        items: input.items as unknown as Record<string, unknown>,
        photo_urls: input.photo_urls as unknown as Record<string, unknown> | null,
      },
    ])
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<LedgerModuleService>(LEDGER_MODULE).deleteReturnRequests(id)
    }
  }
)
