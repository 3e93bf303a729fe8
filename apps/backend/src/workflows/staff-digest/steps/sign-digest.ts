import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { orderAccessSecret } from "../../../lib/orders/order-access-token"

export const signDigestStepId = "sign-digest"

/** The server's signing secret (JWT_SECRET), for the digest's unsubscribe links. */
export const signDigestStep = createStep(signDigestStepId, async (_: void, { container }) => {
  return new StepResponse(orderAccessSecret(container))
})
