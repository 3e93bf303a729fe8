import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  loadVendorForDecision,
  recordVendorDecision,
  VendorDecisionWorkflowInput,
} from "./compose-vendor-decision"

export const rejectVendorWorkflowId = "reject-vendor"

/** Staff reject a pending application (reason required); recorded in the audit trail and told to the cooperative's owner. */
export const rejectVendorWorkflow = createWorkflow(
  rejectVendorWorkflowId,
  (input: WorkflowData<VendorDecisionWorkflowInput>) => {
    const loaded = loadVendorForDecision(input, "reject")
    const { vendor } = recordVendorDecision(input, "reject", loaded)
    return new WorkflowResponse(vendor)
  }
)
