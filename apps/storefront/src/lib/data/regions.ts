import "server-only"
import { backendFetch } from "@/lib/backend"
import { CACHE_TAGS, REGIONS_REVALIDATE_SECONDS, type Currency } from "@/lib/constants"
import type { StoreRegion } from "@/lib/types/store"
import { pickRegion } from "@/lib/util/currency"

export async function listRegions(): Promise<StoreRegion[]> {
  const { regions } = await backendFetch<{ regions: StoreRegion[] }>("/store/regions", {
    // Region names are not shown, so one cache entry serves every language.
    locale: "fr",
    query: { fields: "id,name,currency_code", limit: 10 },
    tags: [CACHE_TAGS.regions],
    revalidate: REGIONS_REVALIDATE_SECONDS,
  })
  return regions
}

/** The region whose prices are in `currency`; product requests pass its id to get prices. */
export async function getRegionForCurrency(currency: Currency): Promise<StoreRegion> {
  const region = pickRegion(await listRegions(), currency)
  if (!region) {
    throw new Error("The store has no region: run the backend seed to create Maroc and Europe")
  }
  return region
}
