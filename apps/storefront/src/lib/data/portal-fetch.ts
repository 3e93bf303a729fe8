import "server-only"
import { cookies } from "next/headers"
import { sdk } from "@/lib/config"
import type { Locale } from "@/lib/constants"
import { VENDOR_TOKEN_COOKIE } from "@/lib/portal/session-cookie"

type Query = Record<string, string | number | undefined>

export type VendorRequestOptions = {
  method?: "GET" | "POST" | "DELETE"
  /** A member's JWT, or a registration / reset token for the auth and application routes. */
  token?: string
  /** JSON, or FormData for uploads (sent as multipart). */
  body?: object | FormData
  query?: Query
  locale?: Locale
  /** False for calls whose answer is not read (some answer 201 with an empty body). */
  expectBody?: boolean
}

/**
 * Calls the backend from the Next server for the portal: never cached (every answer is one
 * member's), token as a Bearer header so it never reaches the browser.
 */
export function vendorRequest<T>(path: string, options: VendorRequestOptions = {}): Promise<T> {
  const { method = "GET", token, body, query, locale, expectBody = true } = options
  const headers: Record<string, string | null> = {}
  if (!expectBody) {
    // the SDK parses the answer as JSON only when it asked for JSON; errors are still read and thrown
    headers.accept = "*/*"
  }
  if (token) {
    headers.authorization = `Bearer ${token}`
  }
  if (locale) {
    headers["x-medusa-locale"] = locale
  }
  if (body instanceof FormData) {
    // let fetch write the multipart boundary
    headers["content-type"] = null
  }
  return sdk.client.fetch<T>(path, {
    method,
    query,
    body,
    headers: headers as Record<string, string>,
    cache: "no-store",
  })
}

/** The signed-in member's token from the httpOnly cookie, if any. */
export async function getVendorToken(): Promise<string | undefined> {
  return (await cookies()).get(VENDOR_TOKEN_COOKIE)?.value || undefined
}
