"use server"

import { refresh } from "next/cache"
import { cookies } from "next/headers"
import { CURRENCY_COOKIE } from "@/lib/constants"
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
  refresh()
}
