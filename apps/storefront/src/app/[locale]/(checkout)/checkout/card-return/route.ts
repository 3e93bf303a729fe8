import { redirect } from "next/navigation"
import type { NextRequest } from "next/server"
import { completeCheckout } from "@/lib/checkout/complete-checkout"
import { getCartId, getCustomerToken } from "@/lib/data/cookies"
import { resolveLocale } from "@/lib/i18n/server"
import { cardFailedPath, localePath, orderConfirmedPath, paths } from "@/lib/util/paths"

type Context = { params: Promise<{ locale: string }> }

/**
 * Stripe sends the shopper here after a payment confirmed on another page (3-D Secure, a bank's
 * redirect), with `redirect_status`. A succeeded or processing payment places the order — or finds the
 * one Stripe's webhook placed meanwhile — and shows its confirmation; a failed one goes back to the
 * payment step, which says so. The backend checks the payment with Stripe: the query proves nothing.
 */
export async function GET(request: NextRequest, { params }: Context) {
  const locale = resolveLocale((await params).locale)
  const status = request.nextUrl.searchParams.get("redirect_status")
  const cartId = await getCartId()
  if (!cartId) {
    redirect(localePath(locale, paths.cart()))
  }
  if (status !== "succeeded" && status !== "processing") {
    redirect(cardFailedPath(locale))
  }
  let orderId: string | undefined
  try {
    const placed = await completeCheckout(cartId, await getCustomerToken())
    orderId = "orderId" in placed ? placed.orderId : undefined
  } catch {
    orderId = undefined
  }
  redirect(orderId ? orderConfirmedPath(locale, orderId) : cardFailedPath(locale))
}
