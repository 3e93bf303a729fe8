import "server-only"
import { backendFetch } from "@/lib/backend"
import { CACHE_TAGS, type Locale } from "@/lib/constants"
import type { VendorSummary } from "@/lib/types/custom-routes"

export type LineCatalogue = {
  /** The cooperative of each product. */
  vendorOf: Map<string, VendorSummary>
  /** Each product's title in the visitor's language (a line keeps the title it was added with). */
  titleOf: Map<string, string>
}

/**
 * What the catalogue says of the products in a cart or an order: shared data, so it is cached like
 * product pages.
 */
export async function getLineCatalogue(locale: Locale, productIds: string[]): Promise<LineCatalogue> {
  const ids = [...new Set(productIds)].sort()
  const catalogue: LineCatalogue = { vendorOf: new Map(), titleOf: new Map() }
  if (ids.length === 0) {
    return catalogue
  }
  const { products } = await backendFetch<{
    products: { id: string; title?: string | null; vendor?: VendorSummary | null }[]
  }>("/store/products", {
    locale,
    query: { id: ids, fields: "id,title,vendor.id,vendor.handle,vendor.name", limit: ids.length },
    tags: [CACHE_TAGS.products, CACHE_TAGS.vendors],
  })
  for (const product of products) {
    if (product.vendor) {
      catalogue.vendorOf.set(product.id, product.vendor)
    }
    if (product.title) {
      catalogue.titleOf.set(product.id, product.title)
    }
  }
  return catalogue
}
