import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { expireStorefrontCacheStep } from "../../common/steps/expire-storefront-cache"
import { sendNotificationsSafelyStep } from "../../common/steps/send-notifications-safely"
import { certificationExpiringNotifications } from "../certification-notifications"
import { collectExpiringCertificationsStep } from "../steps/collect-expiring-certifications"

export const remindExpiringCertificationsWorkflowId = "remind-expiring-certifications"

/**
 * The daily certificate check: members are reminded of certificates that expire within 30 days
 * (staff see the same list in their morning digest), and when a certificate lapsed since yesterday
 * the shop's cooperative pages are expired so its badge leaves at once rather than at the cache's end.
 */
export const remindExpiringCertificationsWorkflow = createWorkflow(
  remindExpiringCertificationsWorkflowId,
  (input: { at?: string }) => {
    const at = transform({ input }, ({ input }) => ({ at: input.at ?? new Date().toISOString() }))
    const found = collectExpiringCertificationsStep(at)
    const notifications = transform({ found }, ({ found }) =>
      found.certifications.flatMap(certificationExpiringNotifications)
    )
    sendNotificationsSafelyStep(notifications)
    when({ found }, ({ found }) => found.lapsed > 0).then(() => {
      expireStorefrontCacheStep(["vendors"])
    })
    return new WorkflowResponse(notifications)
  }
)
