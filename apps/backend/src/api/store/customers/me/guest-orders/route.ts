import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, OrderStatus } from "@medusajs/framework/utils"
import { requestOrderTransferWorkflow } from "@medusajs/medusa/core-flows"

/**
 * A shopper who ordered without an account, then made one with the same email, asks for those orders.
 * Nothing moves yet: Medusa's order transfer is requested for each, and its link is emailed to the
 * address the order was placed with (subscribers/order-transfer-requested.ts). Only who reads that
 * mailbox can accept — an account's email is not proven. The answer never says whether orders exist.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
  const customerId = req.auth_context.actor_id
  const {
    data: [customer],
  } = await query.graph({ entity: "customer", fields: ["id", "email"], filters: { id: customerId } })
  const email = (customer?.email ?? "").trim()
  const { data: orders } = email
    ? await query.graph({
        entity: "order",
        fields: ["id", "status", "customer_id", "customer.has_account"],
        filters: { email: [...new Set([email, email.toLowerCase()])] },
      })
    : { data: [] }
  // orders of guests only: an order in someone's account stays there
  const guestOrders = orders.filter(
    (order) =>
      order.customer_id !== customerId &&
      !order.customer?.has_account &&
      order.status !== OrderStatus.CANCELED
  )
  for (const order of guestOrders) {
    await requestOrderTransferWorkflow(req.scope)
      .run({
        input: {
          order_id: order.id,
          customer_id: customerId,
          logged_in_user: customerId,
          description: "Asked from the shopper's account",
        },
      })
      // typically an earlier request still waiting for its link to be used: its email stands
      .catch((error: Error) => logger.info(`Order ${order.id} not offered for transfer: ${error.message}`))
  }
  res.status(202).json({
    message: "If orders were placed with this email without an account, a link to add them was sent to it.",
  })
}
