import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { removeVendorMemberStep, RemoveVendorMemberStepInput } from "../steps/remove-vendor-member"

export const removeVendorMemberWorkflowId = "remove-vendor-member"

/** An owner removes a member of the same cooperative; the member's login can no longer act for it. */
export const removeVendorMemberWorkflow = createWorkflow(
  removeVendorMemberWorkflowId,
  (input: RemoveVendorMemberStepInput) => {
    const member = removeVendorMemberStep(input)
    return new WorkflowResponse(member)
  }
)
