import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { orderAccessSecret, orderAccessToken } from "../../../lib/orders/order-access-token"

export const signOrderLinkStepId = "sign-order-link"

/** The order's secret, for the confirmation link (lib/orders/order-access-token.ts). */
export const signOrderLinkStep = createStep(signOrderLinkStepId, async (orderId: string, { container }) => {
  return new StepResponse(orderAccessToken(orderAccessSecret(container), orderId))
})
