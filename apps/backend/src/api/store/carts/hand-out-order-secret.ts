import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { orderAccessSecret, orderAccessToken } from "../../../lib/orders/order-access-token"

/**
 * Completing a cart answers the placed order with its secret (`order_access_token`), the only way a
 * guest's browser can read the order again (`/store/orders/:id` with the `x-order-token` header). Only
 * whoever holds the cart id can complete it, the same browser that filled it; a retried completion
 * answers the same order and the same secret.
 */
export function handOutOrderSecret(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const json = res.json.bind(res)
  res.json = (body: unknown) => {
    const answer = body as { type?: string; order?: { id?: string } } | undefined
    if (res.statusCode < 300 && answer?.type === "order" && typeof answer.order?.id === "string") {
      return json({
        ...answer,
        order_access_token: orderAccessToken(orderAccessSecret(req.scope), answer.order.id),
      })
    }
    return json(body)
  }
  next()
}
