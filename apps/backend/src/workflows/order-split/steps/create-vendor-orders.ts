import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"
import type { VendorOrderDraft } from "../split-order-by-vendor"

export const createVendorOrdersStepId = "create-vendor-orders"

/**
 * Writes one child order per cooperative. If one write fails midway, the ones already written are
 * deleted before the error goes up (a failed step gets no compensation of its own), and the
 * workflow's compensation then deletes the parent order: no half-split order survives.
 */
export const createVendorOrdersStep = createStep(
  createVendorOrdersStepId,
  async (drafts: VendorOrderDraft[], { container }) => {
    const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
    const created: string[] = []
    try {
      for (const draft of drafts) {
        const vendorOrder = await ledger.createVendorOrders(draft)
        created.push(vendorOrder.id)
      }
    } catch (error) {
      if (created.length) {
        await ledger.deleteVendorOrders(created)
      }
      throw error
    }
    return new StepResponse(created, created)
  },
  async (created, { container }) => {
    if (!created?.length) {
      return
    }
    const ledger: LedgerModuleService = container.resolve(LEDGER_MODULE)
    await ledger.deleteVendorOrders(created)
  }
)
