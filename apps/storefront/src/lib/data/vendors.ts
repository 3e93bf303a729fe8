import "server-only"
import { cache } from "react"
import { backendFetch } from "@/lib/backend"
import { CACHE_TAGS, type Locale } from "@/lib/constants"
import type { StoreVendor, StoreVendorWithProducts } from "@/lib/types/custom-routes"
import type { ListResponse } from "@/lib/types/store"
import { httpStatus } from "@/lib/util/http-error"

type VendorsResponse = ListResponse<{ vendors: StoreVendor[] }>

export type VendorListParams = {
  locale: Locale
  limit: number
  offset?: number
  region?: string
  /** Skip the data cache (the sitemap wants the current list). */
  fresh?: boolean
}

/** Approved cooperatives only: the store route never returns the others. */
export async function listVendors({
  locale,
  limit,
  offset = 0,
  region,
  fresh = false,
}: VendorListParams): Promise<{ vendors: StoreVendor[]; count: number }> {
  const { vendors, count } = await backendFetch<VendorsResponse>("/store/vendors", {
    locale,
    query: { limit, offset, region },
    tags: fresh ? undefined : [CACHE_TAGS.vendors],
  })
  return { vendors, count }
}

export const getVendorByHandle = cache(
  async (locale: Locale, handle: string): Promise<StoreVendorWithProducts | null> => {
    try {
      const { vendor } = await backendFetch<{ vendor: StoreVendorWithProducts }>(
        `/store/vendors/${encodeURIComponent(handle)}`,
        // its stand at a bazaar and its buyers' average come in the same answer
        { locale, tags: [CACHE_TAGS.vendors, CACHE_TAGS.events, CACHE_TAGS.impact, CACHE_TAGS.reviews] }
      )
      return vendor
    } catch (error) {
      if (httpStatus(error) === 404) {
        return null
      }
      throw error
    }
  }
)
