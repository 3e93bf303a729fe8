import "server-only"
import { cookies } from "next/headers"
import { env, sdk } from "@/lib/config"
import { CUSTOMER_TOKEN_COOKIE, type Locale } from "@/lib/constants"

type Query = Record<string, string | number | string[] | undefined>

export type StoreRequestOptions = {
  method?: "GET" | "POST" | "DELETE"
  body?: object
  query?: Query
  locale?: Locale
  /** The customer's JWT, or a registration token for `POST /store/customers`. */
  token?: string
}

/**
 * A /store or /auth call about one shopper (cart, account, orders): never cached, since the answer
 * belongs to one visitor; the customer's token travels as a Bearer header and never reaches the browser.
 */
export function storeRequest<T>(path: string, options: StoreRequestOptions = {}): Promise<T> {
  const { method = "GET", body, query, locale, token } = options
  const headers: Record<string, string> = { "x-publishable-api-key": env.publishableKey() }
  if (locale) {
    headers["x-medusa-locale"] = locale
  }
  if (token) {
    headers.authorization = `Bearer ${token}`
  }
  return sdk.client.fetch<T>(path, { method, body, query, headers, cache: "no-store" })
}

/** The signed-in customer's token from the httpOnly cookie, if any. */
export async function getCustomerToken(): Promise<string | undefined> {
  return (await cookies()).get(CUSTOMER_TOKEN_COOKIE)?.value || undefined
}
