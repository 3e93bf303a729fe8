import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type { VENDOR_ORDER_STATUSES } from "../../../modules/ledger/models/vendor-order"
import type LedgerModuleService from "../../../modules/ledger/service"

export type VendorOrderUpdate = {
  id: string
  status?: (typeof VENDOR_ORDER_STATUSES)[number]
  tracking_number?: string | null
  carrier?: string | null
  shipped_at?: Date | null
  delivered_at?: Date | null
  cash_collected_at?: Date | null
  canceled_at?: Date | null
  refused_at?: Date | null
  closing_reason?: string | null
}

export const updateVendorOrdersStepId = "update-vendor-orders"

/** Updates child orders' progress; compensation puts the previous values back. */
export const updateVendorOrdersStep = createStep(
  updateVendorOrdersStepId,
  async (updates: VendorOrderUpdate[], { container }) => {
    if (!updates.length) {
      return new StepResponse([], [])
    }
    const ledger: LedgerModuleService = container.resolve(LEDGER_MODULE)
    const previous = await ledger.listVendorOrders({ id: updates.map((update) => update.id) })
    const byId = new Map<string, Record<string, unknown>>(previous.map((row) => [row.id, row]))
    const restore: VendorOrderUpdate[] = updates.map((update) => ({
      ...Object.fromEntries(Object.keys(update).map((key) => [key, byId.get(update.id)?.[key] ?? null])),
      id: update.id,
    }))
    const updated = await ledger.updateVendorOrders(updates)
    return new StepResponse(updated, restore)
  },
  async (restore, { container }) => {
    if (!restore?.length) {
      return
    }
    const ledger: LedgerModuleService = container.resolve(LEDGER_MODULE)
    await ledger.updateVendorOrders(restore)
  }
)
