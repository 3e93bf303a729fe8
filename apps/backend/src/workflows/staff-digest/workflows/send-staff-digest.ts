import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { unshippedDays } from "../../../lib/staff-digest/unsubscribe-token"
import { sendNotificationsSafelyStep } from "../../common/steps/send-notifications-safely"
import { collectWaitingWorkStep } from "../steps/collect-waiting-work"
import { signDigestStep } from "../steps/sign-digest"
import { staffDigestNotifications, type StaffUser } from "../staff-digest-notifications"

export const sendStaffDigestWorkflowId = "send-staff-digest"

/** Emails staff what waits for them today, once per day; nothing when nothing waits. */
export const sendStaffDigestWorkflow = createWorkflow(sendStaffDigestWorkflowId, (input: { at?: string }) => {
  const settings = transform({ input }, ({ input }) => ({
    at: input.at ?? new Date().toISOString(),
    unshipped_days: unshippedDays(),
  }))
  const work = collectWaitingWorkStep(settings)
  const { data: users } = useQueryGraphStep({
    entity: "user",
    fields: ["id", "email", "metadata"],
  }).config({ name: "get-staff" })
  const secret = signDigestStep()
  const notifications = transform({ work, users, settings, secret }, ({ work, users, settings, secret }) =>
    staffDigestNotifications(work, users as StaffUser[], settings.at, secret)
  )
  sendNotificationsSafelyStep(notifications)
  return new WorkflowResponse(notifications)
})
