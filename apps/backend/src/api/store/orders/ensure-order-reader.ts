import {
  authenticate,
  type AuthenticatedMedusaRequest,
  type MedusaNextFunction,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import {
  isOrderAccessToken,
  ORDER_ACCESS_HEADER,
  orderAccessSecret,
} from "../../../lib/orders/order-access-token"

// a shopper's session or token when there is one; a guest goes on without
const authenticateShopper = authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })

/**
 * Medusa answers `/store/orders/:id` to anyone holding the id. Ours answers only the order's signed-in
 * customer, or whoever holds the order's secret (the browser that placed it, the confirmation email's
 * link: lib/orders/order-access-token.ts). Anyone else gets the 404 of an unknown id, so ids reveal
 * nothing, not even that the order exists.
 */
export async function ensureOrderReader(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  let authenticated = false
  await authenticateShopper(req, res, () => {
    authenticated = true
  })
  if (!authenticated) {
    return // the authenticate middleware answered
  }
  try {
    next((await mayReadOrder(req)) ? undefined : notFoundError(req.params.id))
  } catch (error) {
    next(error)
  }
}

function notFoundError(orderId: string) {
  return new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${orderId} was not found`)
}

async function mayReadOrder(req: AuthenticatedMedusaRequest): Promise<boolean> {
  const orderId = req.params.id
  if (isOrderAccessToken(orderAccessSecret(req.scope), orderId, req.headers[ORDER_ACCESS_HEADER])) {
    return true
  }
  const customerId = req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : undefined
  if (!customerId) {
    return false
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id"],
    filters: { id: orderId, customer_id: customerId },
  })
  return data.length > 0
}
