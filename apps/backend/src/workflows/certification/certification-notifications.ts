import { normalizePhone } from "@bazaar/contracts/schemas"
import { messageKey } from "../../lib/messages/idempotency"
import { memberLocale, portalUrl } from "../vendor/notification-links"

type Member = {
  email?: string | null
  phone?: string | null
  sms_opt_in?: boolean | null
  locale?: string | null
} | null

export type ExpiringCertification = {
  id: string
  label: string
  expires_at: Date | string
  vendor?: { members?: Member[] | null } | null
}

/**
 * "Your certificate expires soon" to each member of the cooperative, by email and, for members who
 * asked for texts, by SMS, linking to the portal's certificates page. The key names the expiry day:
 * one reminder per certificate and date, and a renewed certificate (new date) is reminded again.
 */
export function certificationExpiringNotifications(certification: ExpiringCertification) {
  const day = new Date(certification.expires_at).toISOString().slice(0, 10)
  return (certification.vendor?.members ?? []).flatMap((member) => {
    if (!member) {
      return []
    }
    const locale = memberLocale(member)
    const common = {
      template: "certification-expiring",
      data: {
        label: certification.label,
        expires_at: new Date(certification.expires_at).toISOString(),
        url: portalUrl("certificates", {}, locale),
        locale,
      },
      trigger_type: "certification.expiring",
      resource_id: certification.id,
      resource_type: "vendor_certification",
    }
    const phone = member.sms_opt_in ? normalizePhone(member.phone) : null
    return [
      ...(member.email
        ? [
            {
              ...common,
              to: member.email,
              channel: "email",
              idempotency_key: messageKey(
                "certification-expiring",
                `${certification.id}:${day}`,
                member.email
              ),
            },
          ]
        : []),
      ...(phone
        ? [
            {
              ...common,
              to: phone,
              channel: "sms",
              idempotency_key: messageKey("certification-expiring", `${certification.id}:${day}`, phone),
            },
          ]
        : []),
    ]
  })
}
