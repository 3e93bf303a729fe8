/**
 * Named tags of the storefront's data cache: the storefront tags what it caches with them, and the
 * backend names them when it asks the storefront to expire what changed (POST /api/revalidate).
 */
export const CACHE_TAGS = {
  products: "products",
  categories: "categories",
  vendors: "vendors",
  regions: "regions",
  // bazaar events and their stands (a cooperative's page shows its stand too)
  events: "events",
  // the impact figures, on their page, the home page and cooperatives' pages
  impact: "impact",
  // buyers' published reviews and the ratings they add up to
  reviews: "reviews",
} as const

export type CacheTag = (typeof CACHE_TAGS)[keyof typeof CACHE_TAGS]

export const CACHE_TAG_VALUES: readonly CacheTag[] = Object.values(CACHE_TAGS)

export function isCacheTag(value: unknown): value is CacheTag {
  return typeof value === "string" && (CACHE_TAG_VALUES as readonly string[]).includes(value)
}
