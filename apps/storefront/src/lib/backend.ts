import "server-only"
import { env, sdk } from "@/lib/config"
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

/**
 * The storefront's one way to call the backend, from the Next server only: tokens and the publishable
 * key never reach the browser. Anything about one visitor (cart, account, a member's cooperative) is
 * never cached; catalogue reads pass `tags`. A non-2xx answer throws the SDK's FetchError (`status`,
 * `message`).
 */
export function backendFetch<T>(path: string, options: BackendFetchOptions = {}): Promise<T> {
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
  const headers: Record<string, string | null> = { ...options.headers }
  if (path.startsWith("/store/")) {
    // read per request: the seed may create the key after this module first loaded
    headers["x-publishable-api-key"] = env.publishableKey()
  }
  if (locale) {
    headers["x-medusa-locale"] = locale
  }
  if (token) {
    headers.authorization = `Bearer ${token}`
  }
  if (!expectBody) {
    // the SDK parses the answer as JSON only when it asked for JSON; errors are still read and thrown
    headers.accept = "*/*"
  }
  if (body instanceof FormData) {
    // let fetch write the multipart boundary
    headers["content-type"] = null
  }
  return sdk.client.fetch<T>(path, {
    method,
    query,
    body,
    headers,
    ...(tags ? { next: { tags, revalidate } } : { cache: "no-store" }),
  })
}
