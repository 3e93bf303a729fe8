import "server-only"
import { cookies } from "next/headers"
import { env } from "@/lib/config"
import { CART_COOKIE, CUSTOMER_TOKEN_COOKIE, PLACED_ORDERS_COOKIE } from "@/lib/constants"
import { addPlacedOrder, cartCookieOptions, placedOrdersCookieOptions } from "@/lib/shop/cookies"
import { tokenCookieOptions } from "@/lib/util/token-cookie"

export async function rememberCart(cartId: string): Promise<void> {
  ;(await cookies()).set(CART_COOKIE, cartId, cartCookieOptions(env.storefrontUrl))
}

export async function forgetCart(): Promise<void> {
  ;(await cookies()).delete({ name: CART_COOKIE, path: "/" })
}

/**
 * Lets this browser show the confirmation of an order it just placed, signed in or not: the backend
 * answers a guest's order only with the secret it handed out when the cart was completed.
 */
export async function rememberPlacedOrder(orderId: string, secret?: string): Promise<void> {
  const cookieStore = await cookies()
  cookieStore.set(
    PLACED_ORDERS_COOKIE,
    addPlacedOrder(cookieStore.get(PLACED_ORDERS_COOKIE)?.value, orderId, secret),
    placedOrdersCookieOptions(env.storefrontUrl)
  )
}

/** The customer's JWT, kept like a member's: httpOnly, expiring with the token. */
export async function startCustomerSession(token: string): Promise<void> {
  ;(await cookies()).set(
    CUSTOMER_TOKEN_COOKIE,
    token,
    tokenCookieOptions(token, { siteUrl: env.storefrontUrl })
  )
}

export async function endCustomerSession(): Promise<void> {
  ;(await cookies()).delete({ name: CUSTOMER_TOKEN_COOKIE, path: "/" })
}
