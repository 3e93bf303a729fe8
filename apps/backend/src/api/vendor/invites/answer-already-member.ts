import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, generateEntityId } from "@medusajs/framework/utils"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"
import { INVITE_TTL_DAYS } from "../../../workflows/vendor/invite-token"
import { messageKey } from "../../../lib/messages/idempotency"
import { sendNotificationsSafely } from "../../../lib/messages/send-notifications-safely"
import { memberLocale, portalUrl } from "../../../workflows/vendor/notification-links"

/**
 * A person belongs to one cooperative. Inviting someone who is already a member (of any cooperative)
 * must not tell the inviter so: the answer has the shape of a sent invitation, and only the invited
 * address learns, by message, that it was invited and cannot join while a member elsewhere.
 * Returns undefined when the email is no member's, for the real invitation to go out.
 */
export async function answerAlreadyMember(scope: MedusaContainer, vendorId: string, rawEmail: string) {
  const email = rawEmail.toLowerCase()
  const service: VendorModuleService = scope.resolve(VENDOR_MODULE)
  const [member] = await service.listVendorMembers({ email }, { take: 1 })
  if (!member) {
    return undefined
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: vendors } = await query.graph({
    entity: "vendor",
    fields: ["name"],
    filters: { id: vendorId },
  })
  await sendNotificationsSafely(scope, [
    {
      to: email,
      channel: "email",
      template: "vendor-invite-already-member",
      data: {
        vendor_name: vendors[0]?.name ?? null,
        url: portalUrl("sign-in", {}, memberLocale(member)),
        locale: memberLocale(member),
      },
      trigger_type: "vendor-invite",
      resource_type: "vendor",
      resource_id: vendorId,
      idempotency_key: messageKey("vendor-invite-already-member", `${vendorId}:${Date.now()}`, email),
    },
  ])
  return {
    id: generateEntityId(undefined, "vinv"),
    email,
    expires_at: new Date(Date.now() + INVITE_TTL_DAYS * 24 * 3600 * 1000),
  }
}
