import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { loadVendorForDecision, recordVendorDecision, VendorDecisionWorkflowInput } from "./compose-vendor-decision"

export const approveVendorWorkflowId = "approve-vendor"

/** Staff approve a pending application; recorded in the audit trail and told to the cooperative's owner. */
export const approveVendorWorkflow = createWorkflow(approveVendorWorkflowId, (input: WorkflowData<VendorDecisionWorkflowInput>) => {
  const loaded = loadVendorForDecision(input, "approve")
  const { vendor } = recordVendorDecision(input, "approve", loaded)
  return new WorkflowResponse(vendor)
})
