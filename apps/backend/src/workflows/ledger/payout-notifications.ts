import { messageKey } from "../../lib/messages/idempotency"
import { MEMBER_LOCALE, portalUrl } from "../vendor/notification-links"

export type PaidVendor = { name: string | null; members?: ({ email: string } | null)[] | null }
export type RecordedPayout = {
  id: string
  amount: unknown
  currency_code: string
  reference: string
  paid_at: Date | string
  method: string
}

/** "A payout was recorded" to each member of the cooperative paid; once per payout and member. */
export function payoutRecordedNotifications(vendor: PaidVendor | undefined, payout: RecordedPayout) {
  const emails = [
    ...new Set((vendor?.members ?? []).flatMap((member) => (member?.email ? [member.email] : []))),
  ]
  return emails.map((email) => ({
    to: email,
    channel: "email",
    template: "vendor-payout-recorded",
    data: {
      locale: MEMBER_LOCALE,
      vendor_name: vendor?.name ?? null,
      amount: String(payout.amount),
      currency_code: payout.currency_code,
      reference: payout.reference,
      paid_at: new Date(payout.paid_at).toISOString(),
      method: payout.method,
      url: portalUrl("earnings"),
    },
    trigger_type: "payout.created",
    resource_id: payout.id,
    resource_type: "payout",
    idempotency_key: messageKey("vendor-payout-recorded", payout.id, email),
  }))
}
