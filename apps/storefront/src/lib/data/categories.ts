import "server-only"
import { cache } from "react"
import { backendFetch } from "@/lib/backend"
import { CACHE_TAGS, type Locale } from "@/lib/constants"
import type { StoreCategory } from "@/lib/types/store"

const CATEGORY_FIELDS = "id,name,handle,description"

type CategoriesResponse = { product_categories: StoreCategory[]; count: number }

// The store has eight top categories; one request lists them all for nav, home and sitemap.
export const listCategories = cache(async (locale: Locale): Promise<StoreCategory[]> => {
  const { product_categories } = await backendFetch<CategoriesResponse>("/store/product-categories", {
    locale,
    query: { fields: CATEGORY_FIELDS, limit: 50 },
    tags: [CACHE_TAGS.categories],
  })
  return product_categories
})

export async function getCategoryByHandle(locale: Locale, handle: string): Promise<StoreCategory | null> {
  const { product_categories } = await backendFetch<CategoriesResponse>("/store/product-categories", {
    locale,
    query: { fields: CATEGORY_FIELDS, handle, limit: 1 },
    tags: [CACHE_TAGS.categories],
  })
  return product_categories[0] ?? null
}
