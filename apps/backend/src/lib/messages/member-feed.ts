import type { CreateNotificationDTO, MedusaContainer } from "@medusajs/framework/types"
import { VENDOR_MODULE } from "../../modules/vendor"
import type VendorModuleService from "../../modules/vendor/service"

/** The portal's inbox reads this channel: one row per message to a member, for that member. */
export const MEMBER_FEED_CHANNEL = "feed"

/**
 * Messages about her login itself stay in her mailbox only: a reset link or a lock warning is for
 * the person who owns the email address, and the inbox is read by whoever is signed in.
 */
const MAILBOX_ONLY = new Set(["vendor-password-reset", "account-locked", "account-exists"])

/**
 * A member's inbox in the portal: every email to a member of a cooperative is also recorded on the
 * `feed` channel for her (receiver_id = her member id), so a member who never reads her email still
 * sees what the marketplace told her. The copy carries the email's idempotency key with ":feed"
 * added, so the retries of a failed email never add a second copy.
 */
export async function memberFeedCopies(
  container: MedusaContainer,
  notifications: CreateNotificationDTO[]
): Promise<CreateNotificationDTO[]> {
  const emails = notifications.filter(
    (notification) => notification.channel === "email" && !MAILBOX_ONLY.has(notification.template ?? "")
  )
  if (!emails.length) {
    return []
  }
  const vendor: VendorModuleService = container.resolve(VENDOR_MODULE)
  const addresses = [...new Set(emails.map((email) => email.to.toLowerCase()))]
  const members = await vendor.listVendorMembers({ email: addresses }, { select: ["id", "email"] })
  const memberByEmail = new Map(members.map((member) => [member.email.toLowerCase(), member.id]))
  return emails.flatMap((email) => {
    const memberId = memberByEmail.get(email.to.toLowerCase())
    if (!memberId) {
      return []
    }
    const key = (email as { idempotency_key?: string | null }).idempotency_key
    return [
      {
        to: memberId,
        receiver_id: memberId,
        channel: MEMBER_FEED_CHANNEL,
        template: email.template,
        data: email.data,
        trigger_type: email.trigger_type,
        resource_id: email.resource_id,
        resource_type: email.resource_type,
        ...(key ? { idempotency_key: `${key}:feed` } : {}),
      } as CreateNotificationDTO,
    ]
  })
}
