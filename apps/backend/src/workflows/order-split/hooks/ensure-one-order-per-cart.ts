import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/**
 * Refuses the order just created when another completion of the same cart also linked one.
 *
 * The cart's lock keeps two completions apart while its holder lives; since a dead server's lock now
 * lapses after 10 s (src/modules/locking-redis), a server frozen longer than that could in theory
 * still be completing when the shopper's retry starts. Both link their order to the cart before this
 * check, so whatever the interleaving at least one of them sees the other's link and is undone
 * (Medusa compensates the completion: order deleted, stock and payment released) — never two orders.
 */
export async function ensureOneOrderPerCart(container: MedusaContainer, cartId: string, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: "order_cart",
    fields: ["order_id"],
    filters: { cart_id: cartId },
  })
  if (links.some((link: { order_id: string }) => link.order_id !== orderId)) {
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      `Cart ${cartId} is already being completed by another request`
    )
  }
}
