import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { RETURN_REQUEST_EVENTS } from "../workflows/returns/return-events"
import { sendReturnRequestMessagesWorkflow } from "../workflows/returns/workflows/send-return-request-messages"

/** A return was asked (the cooperative is told) or answered (the shopper is told). */
export default async function returnRequestMessages({ event, container }: SubscriberArgs<{ id: string }>) {
  await sendReturnRequestMessagesWorkflow(container).run({ input: { id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: [RETURN_REQUEST_EVENTS.created, RETURN_REQUEST_EVENTS.accepted, RETURN_REQUEST_EVENTS.refused],
}
