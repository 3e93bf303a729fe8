import type { Locale } from "@/lib/constants"
import type { VendorProduct } from "@/lib/types/custom-routes"

/**
 * A product's title in the member's language when the cooperative wrote it, else as saved (French, or
 * the first language written): a member working in Arabic reads her products in Arabic.
 */
export function productTitleIn(
  product: Pick<VendorProduct, "title" | "translations">,
  locale: Locale
): string {
  return product.translations?.[locale]?.title?.trim() || product.title
}

/** Every title the product has, for a search that finds it whatever language the member types in. */
export function productTitles(product: Pick<VendorProduct, "title" | "translations">): string {
  const titles = [
    product.title,
    ...Object.values(product.translations ?? {}).map((text) => text?.title ?? ""),
  ]
  return [...new Set(titles.map((title) => title.trim()).filter(Boolean))].join(" ")
}
