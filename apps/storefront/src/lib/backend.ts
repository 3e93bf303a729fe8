import "server-only"
import { env } from "@/lib/config"
import { BackendError } from "@/lib/util/http-error"
import { REVALIDATE_SECONDS, type Locale } from "@/lib/constants"

type Query = Record<string, string | number | string[] | undefined>

export type BackendFetchOptions = {
  method?: "GET" | "POST" | "DELETE"
  /** JSON, or FormData for uploads (sent as multipart). */
  body?: object | FormData
  query?: Query
  /** The page language: the Translation Module answers in it. */
  locale?: Locale
  /** A customer's or member's JWT, or a registration / reset token; sent as a Bearer header. */
  token?: string
  /**
   * Shared catalogue data only: cached in Next's data cache under these tags (see CACHE_TAGS), per
   * URL + headers, so each language is its own entry. Without tags nothing is cached.
   */
  tags?: string[]
  /** Seconds a tagged answer is kept before it is fetched again. */
  revalidate?: number
  /** False for calls whose answer is not read (some answer 201 with an empty body). */
  expectBody?: boolean
  /** More request headers (e.g. an order's secret). */
  headers?: Record<string, string>
}

/** `a[0]=x&a[1]=y`, as the Medusa SDK (qs) writes arrays; undefined values are left out. */
function queryString(query: Query | undefined): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query ?? {})) {
    if (Array.isArray(value)) {
      value.forEach((item, index) => params.append(`${key}[${index}]`, item))
    } else if (value !== undefined) {
      params.append(key, String(value))
    }
  }
  const encoded = params.toString()
  return encoded ? `?${encoded}` : ""
}

/**
 * The storefront's one way to call the backend, from the Next server only: tokens and the publishable
 * key never reach the browser. Anything about one visitor (cart, account, a member's cooperative) is
 * never cached; catalogue reads pass `tags`. A non-2xx answer throws a BackendError with the backend's
 * `status`, `code` and `fields` (the Medusa SDK's FetchError keeps only the message, so requests go
 * through fetch directly, shaped as the SDK shapes them).
 */
export async function backendFetch<T>(path: string, options: BackendFetchOptions = {}): Promise<T> {
  const {
    method = "GET",
    body,
    query,
    locale,
    token,
    tags,
    revalidate = REVALIDATE_SECONDS,
    expectBody = true,
  } = options
  const headers = new Headers({ accept: expectBody ? "application/json" : "*/*", ...options.headers })
  if (path.startsWith("/store/")) {
    // read per request: the seed may create the key after this module first loaded
    headers.set("x-publishable-api-key", env.publishableKey())
  }
  if (locale) {
    headers.set("x-medusa-locale", locale)
  }
  if (token) {
    headers.set("authorization", `Bearer ${token}`)
  }
  // FormData: fetch writes the multipart content type with its boundary
  if (body !== undefined && !(body instanceof FormData)) {
    headers.set("content-type", "application/json")
  }
  const response = await fetch(`${env.backendUrl}${path}${queryString(query)}`, {
    method,
    headers,
    body: body instanceof FormData ? body : body !== undefined ? JSON.stringify(body) : undefined,
    ...(tags ? { next: { tags, revalidate } } : { cache: "no-store" }),
  })
  if (!response.ok) {
    throw await BackendError.from(response)
  }
  // some calls answer 201 with an empty body: their callers read nothing
  return (expectBody ? await response.json() : undefined) as T
}
