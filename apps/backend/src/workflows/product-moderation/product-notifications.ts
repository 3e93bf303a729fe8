import { messageKey } from "../../lib/messages/idempotency"
import { memberLocale, portalUrl } from "../vendor/notification-links"

type Members = ({ email: string; role: string; locale?: string | null } | null)[]

/** A product and the members of its cooperative (relations nullable, as Medusa's generated query types say). */
export type ProductWithMembers = {
  id: string
  title: string
  status: string
  metadata: Record<string, unknown> | null
  vendor: { members: Members } | null
}

/** What publishing a product reads of it. */
export type ProductToModerate = ProductWithMembers & {
  sales_channels: ({ id: string } | null)[] | null
  vendor: { id: string; name: string; status: string; members: Members } | null
}

/**
 * Notifications to the owners of the product's cooperative about a moderation decision; `decidedAt`
 * names the decision, so each decision is told once per owner.
 */
export function productNotifications(
  product: ProductWithMembers,
  template: string,
  reason: string | null,
  decidedAt: Date = new Date()
) {
  return (product.vendor?.members ?? []).flatMap((member) =>
    member?.role === "owner"
      ? [
          {
            to: member.email,
            channel: "email",
            template,
            data: {
              product_id: product.id,
              product_title: product.title,
              reason,
              url: portalUrl("products", {}, memberLocale(member)),
              locale: memberLocale(member),
            },
            trigger_type: template,
            resource_id: product.id,
            resource_type: "product",
            idempotency_key: messageKey(template, `${product.id}:${decidedAt.toISOString()}`, member.email),
          },
        ]
      : []
  )
}
