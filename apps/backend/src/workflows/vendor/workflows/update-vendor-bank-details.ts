import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateVendorStep } from "../steps/update-vendor"

export type UpdateVendorBankDetailsWorkflowInput = {
  vendor_id: string
  rib: string
  bank_name: string
  account_holder: string
}

export const updateVendorBankDetailsWorkflowId = "update-vendor-bank-details"

/** Staff record where a cooperative's bank-transfer payouts go; each payout keeps the RIB it was paid to. */
export const updateVendorBankDetailsWorkflow = createWorkflow(
  updateVendorBankDetailsWorkflowId,
  (input: UpdateVendorBankDetailsWorkflowInput) => {
    const update = transform({ input }, ({ input }) => ({
      id: input.vendor_id,
      rib: input.rib,
      bank_name: input.bank_name,
      account_holder: input.account_holder,
    }))
    const vendor = updateVendorStep(update)
    emitEventStep({ eventName: "vendor.updated", data: { id: input.vendor_id } })
    return new WorkflowResponse(vendor)
  }
)
