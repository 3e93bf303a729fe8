import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { issuePhoneSignInCodeStep } from "../steps/issue-phone-sign-in-code"

export type SendPhoneSignInCodeWorkflowInput = { member_id: string }

export const sendPhoneSignInCodeWorkflowId = "send-phone-sign-in-code"

/** Texts a cooperative member a new one-time code to sign in to the portal with her phone. */
export const sendPhoneSignInCodeWorkflow = createWorkflow(
  sendPhoneSignInCodeWorkflowId,
  (input: SendPhoneSignInCodeWorkflowInput) => {
    const { data: members } = useQueryGraphStep({
      entity: "vendor_member",
      fields: ["id", "email", "phone", "locale"],
      filters: { id: input.member_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "get-member" })
    const member = transform({ members }, ({ members }) => ({ member: members[0] }))
    return new WorkflowResponse(issuePhoneSignInCodeStep(member))
  }
)
