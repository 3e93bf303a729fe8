import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { transform, WorkflowData } from "@medusajs/framework/workflows-sdk"
import { expireStorefrontCacheStep } from "../../common/steps/expire-storefront-cache"
import { createVendorDecisionStep } from "../steps/create-vendor-decision"
import { HiddenProducts } from "../steps/hide-vendor-products"
import { updateVendorStep } from "../steps/update-vendor"
import { validateVendorTransitionStep } from "../steps/validate-vendor-transition"
import { messageKey } from "../../../lib/messages/idempotency"
import { sendNotificationsSafelyStep } from "../../common/steps/send-notifications-safely"
import { memberLocale, portalUrl } from "../notification-links"
import type { VendorDecisionAction } from "../vendor-transitions"

export const DECISION_EVENTS: Record<VendorDecisionAction, string> = {
  approve: "vendor.approved",
  reject: "vendor.rejected",
  suspend: "vendor.suspended",
  reinstate: "vendor.reinstated",
}

export type VendorDecisionWorkflowInput = { vendor_id: string; decided_by: string; reason?: string | null }

export type VendorDecisionVendor = {
  id: string
  name: string
  status: string
  members: ({ email: string; role: string; locale?: string | null } | null)[]
}

/** Loads the vendor and the deciding staff user, and checks the transition; shared by the four decision workflows. */
export function loadVendorForDecision(
  input: WorkflowData<VendorDecisionWorkflowInput>,
  action: VendorDecisionAction
) {
  const { data: vendors } = useQueryGraphStep({
    entity: "vendor",
    fields: ["id", "name", "status", "members.email", "members.role", "members.locale"],
    filters: { id: input.vendor_id },
    options: { throwIfKeyNotFound: true },
  }).config({ name: "get-vendor" })
  const vendor = transform({ vendors }, ({ vendors }): VendorDecisionVendor => vendors[0])

  const { data: users } = useQueryGraphStep({
    entity: "user",
    fields: ["id", "email"],
    filters: { id: input.decided_by },
  }).config({ name: "get-deciding-user" })

  const transition = validateVendorTransitionStep({ vendor, action })
  return { vendor, users, transition }
}

/** Applies a decision: new status with reason and author, an audit row, events, and a notification to the owner. */
export function recordVendorDecision(
  input: WorkflowData<VendorDecisionWorkflowInput>,
  action: VendorDecisionAction,
  loaded: ReturnType<typeof loadVendorForDecision>,
  hiddenProducts?: WorkflowData<HiddenProducts>
) {
  const { vendor, users, transition } = loaded
  const update = transform({ input, transition }, ({ input, transition }) => ({
    id: input.vendor_id,
    status: transition.to,
    status_reason: input.reason ?? null,
    status_decided_by: input.decided_by,
    status_decided_at: new Date(),
  }))
  const updated = updateVendorStep(update)

  const decisionData = transform(
    { input, transition, users, hiddenProducts },
    ({ input, transition, users, hiddenProducts }) => ({
      vendor_id: input.vendor_id,
      action,
      from_status: transition.from,
      to_status: transition.to,
      reason: input.reason ?? null,
      decided_by: input.decided_by,
      decided_by_email: users[0]?.email ?? null,
      hidden_products: hiddenProducts ?? null,
    })
  )
  const decision = createVendorDecisionStep(decisionData)

  emitEventStep({ eventName: DECISION_EVENTS[action], data: { id: input.vendor_id } }).config({
    name: "emit-vendor-decision",
  })
  // search listens to vendor.updated to reindex the vendor and its products
  emitEventStep({ eventName: "vendor.updated", data: { id: input.vendor_id } }).config({
    name: "emit-vendor-updated",
  })

  const notifications = transform(
    { vendor, input, transition, decision },
    ({ vendor, input, transition, decision }) =>
      vendor.members.flatMap((member) =>
        member?.role === "owner"
          ? [
              {
                to: member.email,
                channel: "email",
                template: `vendor-${action}`,
                data: {
                  vendor_id: vendor.id,
                  vendor_name: vendor.name,
                  status: transition.to,
                  reason: input.reason ?? null,
                  portal_url: portalUrl("", {}, memberLocale(member)),
                  locale: memberLocale(member),
                },
                trigger_type: "vendor-decision",
                resource_id: vendor.id,
                resource_type: "vendor",
                idempotency_key: messageKey(`vendor-${action}`, decision.id, member.email),
              },
            ]
          : []
      )
  )
  sendNotificationsSafelyStep(notifications)
  expireStorefrontCacheStep(["vendors", "products"])

  return { vendor: updated, decision }
}
