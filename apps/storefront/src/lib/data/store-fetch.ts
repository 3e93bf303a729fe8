import "server-only"
import { REVALIDATE_SECONDS, type Locale } from "@/lib/constants"
import { env, sdk } from "@/lib/config"

type Query = Record<string, string | number | string[] | undefined>

export type StoreFetchOptions = {
  locale: Locale
  query?: Query
  /** Data-cache tags (see CACHE_TAGS); a fetch without tags is not cached. */
  tags?: string[]
  revalidate?: number
}

/**
 * GET a /store route with the publishable key and the page language (the Translation Module
 * answers in it). Cached in Next's data cache per URL + headers, so each language is its own entry.
 */
export function storeFetch<T>(path: string, options: StoreFetchOptions): Promise<T> {
  const { locale, query, tags, revalidate = REVALIDATE_SECONDS } = options
  return sdk.client.fetch<T>(path, {
    method: "GET",
    query,
    headers: {
      "x-publishable-api-key": env.publishableKey(),
      "x-medusa-locale": locale,
    },
    ...(tags ? { next: { tags, revalidate } } : { cache: "no-store" }),
  })
}

/** True for the SDK's FetchError with a 404 status, so pages can call `notFound()`. */
export function isNotFoundError(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { status?: number }).status === 404
}
