import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  loadVendorForDecision,
  recordVendorDecision,
  VendorDecisionWorkflowInput,
} from "./compose-vendor-decision"
import { setUpVendorShippingWorkflow } from "./set-up-vendor-shipping"

export const approveVendorWorkflowId = "approve-vendor"

/**
 * Staff approve a pending application; recorded in the audit trail and told to the cooperative's owner.
 * The cooperative gets its stock location and shipping options at once, so its products can be bought.
 */
export const approveVendorWorkflow = createWorkflow(
  approveVendorWorkflowId,
  (input: WorkflowData<VendorDecisionWorkflowInput>) => {
    const loaded = loadVendorForDecision(input, "approve")
    const { vendor } = recordVendorDecision(input, "approve", loaded)
    setUpVendorShippingWorkflow.runAsStep({ input: { vendor_id: input.vendor_id } })
    return new WorkflowResponse(vendor)
  }
)
