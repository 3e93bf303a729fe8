import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateVendorMemberStep, type UpdateVendorMemberStepInput } from "../steps/update-vendor-member"
import { validateSmsConsentStep } from "../steps/validate-sms-consent"

export type UpdateVendorMemberProfileWorkflowInput = UpdateVendorMemberStepInput

export const updateVendorMemberProfileWorkflowId = "update-vendor-member-profile"

/** A member edits her own profile: name, phone, whether she may be texted, her language. */
export const updateVendorMemberProfileWorkflow = createWorkflow(
  updateVendorMemberProfileWorkflowId,
  (input: UpdateVendorMemberProfileWorkflowInput) => {
    validateSmsConsentStep(input)
    return new WorkflowResponse(updateVendorMemberStep(input))
  }
)
