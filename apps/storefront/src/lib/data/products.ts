import "server-only"
import { cache } from "react"
import { backendFetch } from "@/lib/backend"
import { CACHE_TAGS, type Locale } from "@/lib/constants"
import type { ListResponse, StoreProduct } from "@/lib/types/store"

// Only what a card shows: the cheapest variant price comes from calculated_price.
const CARD_FIELDS = ["id", "title", "handle", "thumbnail", "variants.id", "*variants.calculated_price"]

const PRODUCT_FIELDS = [
  ...CARD_FIELDS,
  "subtitle",
  "description",
  "material",
  "metadata",
  "images.id",
  "images.url",
  "options.id",
  "options.title",
  "options.values.id",
  "options.values.value",
  "variants.title",
  "variants.manage_inventory",
  "variants.allow_backorder",
  "+variants.inventory_quantity",
  // option_id is not an allowed store field: options are matched through value ids instead.
  "variants.options.id",
  "variants.options.value",
  // Nested category fields are not allowed one by one; "*categories" is.
  "*categories",
  "+vendor.id",
  "+vendor.handle",
  "+vendor.name",
  "+vendor.region",
  "+vendor.city",
  "+vendor.tagline",
  "+vendor.logo_url",
]

type ProductsResponse<T> = ListResponse<{ products: T[] }>

export type ProductListParams = {
  locale: Locale
  regionId: string
  limit: number
  offset?: number
  categoryId?: string
  ids?: string[]
}

/** One page of product cards, newest first, priced in the region's currency. */
export async function listProducts({
  locale,
  regionId,
  limit,
  offset = 0,
  categoryId,
  ids,
}: ProductListParams): Promise<{
  products: StoreProduct[]
  count: number
}> {
  const { products, count } = await backendFetch<ProductsResponse<StoreProduct>>("/store/products", {
    locale,
    query: {
      fields: CARD_FIELDS.join(","),
      region_id: regionId,
      limit,
      offset,
      order: "-created_at",
      category_id: categoryId ? [categoryId] : undefined,
      id: ids,
    },
    tags: [CACHE_TAGS.products],
  })
  return { products, count }
}

// `cache` shares one lookup between generateMetadata and the page of a single request.
export const getProductByHandle = cache(
  async (locale: Locale, handle: string, regionId: string): Promise<StoreProduct | null> => {
    const { products } = await backendFetch<ProductsResponse<StoreProduct>>("/store/products", {
      locale,
      query: {
        fields: PRODUCT_FIELDS.join(","),
        handle,
        region_id: regionId,
        limit: 1,
      },
      tags: [CACHE_TAGS.products],
    })
    return products[0] ?? null
  }
)

/** Handles and dates of one page of products, for the sitemap (not cached: it is always fresh). */
export async function listProductHandles(offset: number, limit: number) {
  const { products, count } = await backendFetch<
    ProductsResponse<{ handle: string; updated_at?: string | null }>
  >("/store/products", {
    locale: "fr",
    query: {
      fields: "id,handle,updated_at",
      limit,
      offset,
      order: "created_at",
    },
  })
  return { rows: products, count }
}
