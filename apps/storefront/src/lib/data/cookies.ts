import "server-only"
import { cookies } from "next/headers"
import { CART_COOKIE, CUSTOMER_TOKEN_COOKIE, VENDOR_TOKEN_COOKIE } from "@/lib/constants"

// The visitor's httpOnly cookies, written only by server actions (lib/actions/*-session.ts).

export async function getCartId(): Promise<string | undefined> {
  return (await cookies()).get(CART_COOKIE)?.value || undefined
}

/** The signed-in customer's token, if any. */
export async function getCustomerToken(): Promise<string | undefined> {
  return (await cookies()).get(CUSTOMER_TOKEN_COOKIE)?.value || undefined
}

/** The signed-in member's token, if any. */
export async function getVendorToken(): Promise<string | undefined> {
  return (await cookies()).get(VENDOR_TOKEN_COOKIE)?.value || undefined
}
