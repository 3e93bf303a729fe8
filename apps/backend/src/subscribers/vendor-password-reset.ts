import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendVendorPasswordResetWorkflow } from "../workflows/vendor/workflows/send-vendor-password-reset"

type PasswordResetEvent = { entity_id: string; actor_type: string; token: string }

/** Mails cooperative members their reset link; other actor types (customer, user) are not ours. */
export default async function vendorPasswordReset({ event, container }: SubscriberArgs<PasswordResetEvent>) {
  if (event.data.actor_type !== "vendor") {
    return
  }
  // a reset asked through the phone-otp provider names a phone number: it has no password to reset
  if (!event.data.entity_id.includes("@")) {
    return
  }
  container.resolve("logger").info(`Sending a password reset link to vendor member ${event.data.entity_id}`)
  await sendVendorPasswordResetWorkflow(container).run({
    input: { email: event.data.entity_id, token: event.data.token },
  })
}

export const config: SubscriberConfig = { event: "auth.password_reset" }
