import type { CacheTag } from "@bazaar/contracts"

export type StorefrontCacheTag = Exclude<CacheTag, "regions">

type Logger = { warn: (message: string) => void }

export type StorefrontCacheOptions = {
  storefrontUrl?: string
  secret?: string
  /** Events arrive in bursts (a suspension updates every product): one call per burst. */
  delayMs?: number
  fetchImpl?: typeof fetch
}

/**
 * Tells the storefront which cached data to expire (its POST /api/revalidate), coalescing the tags
 * of events that arrive together. Without a secret configured it does nothing: the storefront then
 * relies on its short revalidation period.
 */
export function createStorefrontCacheExpirer(options: StorefrontCacheOptions, logger: Logger) {
  const pending = new Set<StorefrontCacheTag>()
  let timer: NodeJS.Timeout | undefined
  let flushing: Promise<void> = Promise.resolve()

  async function flush() {
    timer = undefined
    const tags = [...pending]
    pending.clear()
    if (!tags.length || !options.storefrontUrl || !options.secret) {
      return
    }
    try {
      const response = await (options.fetchImpl ?? fetch)(`${options.storefrontUrl}/api/revalidate`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-revalidate-secret": options.secret },
        body: JSON.stringify({ tags }),
        signal: AbortSignal.timeout(5_000),
      })
      if (!response.ok) {
        logger.warn(`Storefront cache not expired (${tags.join(", ")}): HTTP ${response.status}`)
      }
    } catch (error) {
      // the storefront may not run (seeding, tests): its own revalidation period still applies
      logger.warn(`Storefront cache not expired (${tags.join(", ")}): ${(error as Error).message}`)
    }
  }

  return {
    expire(tags: StorefrontCacheTag[]): Promise<void> {
      if (!options.secret) {
        return Promise.resolve()
      }
      tags.forEach((tag) => pending.add(tag))
      if (!timer) {
        flushing = new Promise((resolve) => {
          timer = setTimeout(() => void flush().then(resolve), options.delayMs ?? 100)
        })
      }
      return flushing
    },
  }
}

let shared: ReturnType<typeof createStorefrontCacheExpirer> | undefined

/** The process-wide expirer, configured from STOREFRONT_URL and STOREFRONT_REVALIDATE_SECRET. */
export function storefrontCache(logger: Logger) {
  shared ??= createStorefrontCacheExpirer(
    { storefrontUrl: process.env.STOREFRONT_URL, secret: process.env.STOREFRONT_REVALIDATE_SECRET },
    logger
  )
  return shared
}
