import { messageLocale, type SmsTemplate } from "./layout"
import { orderShippedSms } from "./templates/order-shipped"
import { vendorNewOrderSms } from "./templates/vendor-new-order"

/** The messages that also go out by SMS, by the notification's `template`, with their short version. */
export const SMS_TEMPLATES: Record<string, SmsTemplate> = {
  "vendor-new-order": vendorNewOrderSms,
  "order-shipped": orderShippedSms,
}

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
