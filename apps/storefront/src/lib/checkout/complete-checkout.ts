import "server-only"
import { forgetCart, rememberPlacedOrder } from "@/lib/actions/shop-session"
import { backendFetch } from "@/lib/backend"
import type { StoreOrder } from "@/lib/types/store"

// Medusa answers 200 with the cart (and its error) only for payment authorisation errors; any
// other failure is an error answer, thrown by backendFetch with its code
type CompleteResponse =
  | { type: "order"; order: StoreOrder; order_access_token?: string }
  | { type: "cart"; error?: { message?: string } }

/**
 * Places the order of a cart whose payment is ready, and lets this browser show its confirmation.
 * Medusa completes a cart once: asked again (a retried click, a shopper back from the bank's page after
 * Stripe's webhook placed the order), it answers with the same order.
 */
export async function completeCheckout(
  cartId: string,
  token: string | undefined
): Promise<{ orderId: string } | { message?: string }> {
  const result = await backendFetch<CompleteResponse>(`/store/carts/${cartId}/complete`, {
    method: "POST",
    token,
  })
  if (result.type !== "order") {
    return { message: result.error?.message }
  }
  await forgetCart()
  await rememberPlacedOrder(result.order.id, result.order_access_token)
  return { orderId: result.order.id }
}
