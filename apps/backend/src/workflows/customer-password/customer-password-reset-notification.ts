import { digest, messageKey } from "../../lib/messages/idempotency"
import { shopperLocale, storefrontLink } from "../../lib/storefront/storefront-links"

export type CustomerPasswordResetInput = {
  email: string
  token: string
  /** what the shop sent with the request (`{ locale }`): the language of the page she asked from */
  metadata?: Record<string, unknown> | null
}

/** The shop's reset page for this token, in the shopper's language. */
export function customerResetUrl(input: CustomerPasswordResetInput): string {
  const locale = shopperLocale(input.metadata)
  const query = new URLSearchParams({ token: input.token, email: input.email })
  return storefrontLink(`/${locale}/account/reset-password?${query.toString()}`)
}

/** The reset link to the shopper, in the language of the page she asked from (French when unknown). */
export function customerPasswordResetNotification(input: CustomerPasswordResetInput) {
  return {
    to: input.email,
    channel: "email",
    template: "customer-password-reset",
    data: { locale: shopperLocale(input.metadata), url: customerResetUrl(input) },
    trigger_type: "auth.password_reset",
    resource_type: "customer",
    // one message per reset request, even if the event is delivered twice; the token itself is never a key
    idempotency_key: messageKey("customer-password-reset", digest(input.token), input.email),
  }
}
