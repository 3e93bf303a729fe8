import type { HttpTypes } from "@medusajs/types"
import type { SearchHitDocument } from "@/lib/search/search-hit"
import type { ProductMetadata, StoreProductVendor, StoreVendorOrder } from "./custom-routes"

// Medusa's own store shapes, plus the fields our links add. An answer holds only the fields a request
// asks for (`fields=`), so read optional and nested fields as possibly missing.

export type StoreRegion = HttpTypes.StoreRegion
export type StoreCategory = HttpTypes.StoreProductCategory
export type StoreVariant = HttpTypes.StoreProductVariant

export type StoreProduct = Omit<HttpTypes.StoreProduct, "metadata"> & {
  metadata?: ProductMetadata | null
  vendor?: StoreProductVendor | null
}

export type StoreCart = HttpTypes.StoreCart
/** A cart line, with the days its product takes to make when it is made to order (the cart page adds them). */
export type StoreLineItem = HttpTypes.StoreCartLineItem & { lead_time_days?: number }
export type StoreCustomer = HttpTypes.StoreCustomer

export type StoreOrder = HttpTypes.StoreOrder & {
  vendor_order?: StoreVendorOrder[] | null
}

/** Address fields: what the checkout and the address book send, and what saved addresses hold. */
export type StoreAddress = HttpTypes.StoreAddAddress

export type ProductSearchResult = HttpTypes.StoreSearchResponse<SearchHitDocument>["results"][number]

/** A page of a Medusa list route: `count`, `offset`, `limit` beside the rows. */
export type ListResponse<T> = HttpTypes.PaginatedResponse<T>
