import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sendCustomerPasswordResetWorkflow } from "../workflows/customer-password/workflows/send-customer-password-reset"

type PasswordResetEvent = {
  entity_id: string
  actor_type: string
  token: string
  metadata?: Record<string, unknown>
}

/** Mails shoppers their reset link; members (vendor) and staff (user) have their own subscribers. */
export default async function customerPasswordReset({
  event,
  container,
}: SubscriberArgs<PasswordResetEvent>) {
  if (event.data.actor_type !== "customer") {
    return
  }
  // Medusa only emits the event for an existing identity, so an unknown email sends nothing
  container.resolve(ContainerRegistrationKeys.LOGGER).info("Sending a password reset link to a shopper")
  await sendCustomerPasswordResetWorkflow(container).run({
    input: { email: event.data.entity_id, token: event.data.token, metadata: event.data.metadata },
  })
}

export const config: SubscriberConfig = { event: "auth.password_reset" }
