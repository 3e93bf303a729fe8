import "server-only"
import { backendFetch } from "@/lib/backend"
import { CACHE_TAGS, type Locale } from "@/lib/constants"
import { leadTimeDays } from "@/lib/shop/made-to-order"
import type { VendorSummary } from "@/lib/types/custom-routes"

export type LineCatalogue = {
  /** The cooperative of each product. */
  vendorOf: Map<string, VendorSummary>
  /** Each product's title in the visitor's language (a line keeps the title it was added with). */
  titleOf: Map<string, string>
  /** The days a made-to-order product takes to make (src/lib/shop/made-to-order.ts). */
  leadTimeOf: Map<string, number>
}

/**
 * What the catalogue says of the products in a cart or an order: shared data, so it is cached like
 * product pages.
 */
export async function getLineCatalogue(locale: Locale, productIds: string[]): Promise<LineCatalogue> {
  const ids = [...new Set(productIds)].sort()
  const catalogue: LineCatalogue = { vendorOf: new Map(), titleOf: new Map(), leadTimeOf: new Map() }
  if (ids.length === 0) {
    return catalogue
  }
  const { products } = await backendFetch<{
    products: {
      id: string
      title?: string | null
      metadata?: Record<string, unknown> | null
      vendor?: VendorSummary | null
    }[]
  }>("/store/products", {
    locale,
    query: { id: ids, fields: "id,title,metadata,vendor.id,vendor.handle,vendor.name", limit: ids.length },
    tags: [CACHE_TAGS.products, CACHE_TAGS.vendors],
  })
  for (const product of products) {
    if (product.vendor) {
      catalogue.vendorOf.set(product.id, product.vendor)
    }
    if (product.title) {
      catalogue.titleOf.set(product.id, product.title)
    }
    const days = leadTimeDays(product.metadata)
    if (days) {
      catalogue.leadTimeOf.set(product.id, days)
    }
  }
  return catalogue
}
