"use server"

import { refresh } from "next/cache"
import { cookies } from "next/headers"
import { backendFetch } from "@/lib/backend"
import { CURRENCY_COOKIE } from "@/lib/constants"
import { getCartId, getCustomerToken } from "@/lib/data/cookies"
import { getRegionForCurrency } from "@/lib/data/regions"
import { isCurrency } from "@/lib/util/currency"

const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365

/** Stores the shopper's currency (MAD or EUR) and re-renders the page with prices in it. */
export async function setCurrency(formData: FormData): Promise<void> {
  const currency = formData.get("currency")
  // Only the two buttons of the switch post here; anything else is ignored, not an error to show.
  if (!isCurrency(currency)) {
    return
  }
  const cookieStore = await cookies()
  cookieStore.set(CURRENCY_COOKIE, currency, {
    path: "/",
    maxAge: ONE_YEAR_SECONDS,
    sameSite: "lax",
    httpOnly: true,
  })
  // an open cart follows: its prices and shipping options are those of the new currency's region
  const cartId = await getCartId()
  if (cartId) {
    const region = await getRegionForCurrency(currency)
    await backendFetch(`/store/carts/${cartId}`, {
      method: "POST",
      body: { region_id: region.id },
      token: await getCustomerToken(),
    }).catch(() => {
      // a completed or expired cart is replaced by a new one at the next "add to cart"
    })
  }
  refresh()
}
