import { messageLocale, type SmsTemplate } from "./layout"
import { certificationExpiringSms } from "./templates/certification-expiring"
import { orderShippedSms } from "./templates/order-shipped"
import { phoneSignInCodeSms } from "./templates/phone-sign-in-code"
import { standPickupCodeSms } from "./templates/stand-pickup-code"
import { standSaleReceiptSms } from "./templates/stand-sale-receipt"
import { vendorNewOrderSms } from "./templates/vendor-new-order"

/** The messages that also go out by SMS, by the notification's `template`, with their short version. */
export const SMS_TEMPLATES: Record<string, SmsTemplate> = {
  "vendor-new-order": vendorNewOrderSms,
  "order-shipped": orderShippedSms,
  "phone-sign-in-code": phoneSignInCodeSms,
  "stand-sale-receipt": standSaleReceiptSms,
  "stand-pickup-code": standPickupCodeSms,
  "certification-expiring": certificationExpiringSms,
}

/** Messages sent by SMS only: they have no email version. */
export const SMS_ONLY_TEMPLATES = ["phone-sign-in-code", "stand-sale-receipt", "stand-pickup-code"]

/**
 * A notification's SMS text, in the language its data names (`data.locale`). Throws for a message
 * without an SMS version, so it is recorded as failed rather than sent blank.
 */
export function renderSms(template: string, data: Record<string, unknown> | null | undefined): string {
  const render = SMS_TEMPLATES[template]
  if (!render) {
    throw new Error(`No SMS version of the message "${template}"`)
  }
  return render(data ?? {}, messageLocale(data?.locale))
}
