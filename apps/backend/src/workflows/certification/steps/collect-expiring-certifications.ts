import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { reminderWindow } from "../certification-rules"
import type { ExpiringCertification } from "../certification-notifications"

export const collectExpiringCertificationsStepId = "collect-expiring-certifications"

/**
 * The verified certificates of approved cooperatives that expire within the reminder window after
 * `at`, with the members to remind, and how many lapsed during the last day. Reads only.
 */
export const collectExpiringCertificationsStep = createStep(
  collectExpiringCertificationsStepId,
  async (input: { at: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const window = reminderWindow(new Date(input.at))
    const [expiring, lapsed] = await Promise.all([
      query.graph({
        entity: "vendor_certification",
        fields: [
          "id",
          "label",
          "expires_at",
          "vendor.status",
          "vendor.members.email",
          "vendor.members.phone",
          "vendor.members.sms_opt_in",
          "vendor.members.locale",
        ],
        filters: {
          verified_at: { $ne: null },
          expires_at: { $gt: window.expiring_from, $lte: window.expiring_until },
        },
      }),
      query.graph({
        entity: "vendor_certification",
        fields: ["id"],
        filters: {
          verified_at: { $ne: null },
          expires_at: { $gt: window.lapsed_since, $lte: window.expiring_from },
        },
      }),
    ])
    const certifications = (
      expiring.data as (ExpiringCertification & { vendor?: { status?: string } })[]
    ).filter((certification) => certification.vendor?.status === "approved")
    return new StepResponse({ certifications, lapsed: lapsed.data.length })
  }
)
