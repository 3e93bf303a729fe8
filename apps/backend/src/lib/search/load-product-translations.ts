import type { RemoteQueryFunction } from "@medusajs/framework/types"
import type { LocalizedTexts, ProductTranslations } from "./product-search-document"

type Row = { id: string; categories?: ({ id: string } | null)[] | null }
export type TranslationRow = {
  reference: string
  reference_id: string
  locale_code: string
  translations: Record<string, unknown> | null
}

/**
 * The Arabic and English texts of a page of products and of their categories, read in one query
 * (the Translation Module keeps them apart from the French base texts on the entities).
 */
export async function loadProductTranslations(
  query: RemoteQueryFunction,
  rows: Row[]
): Promise<ProductTranslations> {
  const productIds = rows.map((row) => row.id)
  const categoryIds = [
    ...new Set(
      rows.flatMap((row) => (row.categories ?? []).flatMap((category) => (category ? [category.id] : [])))
    ),
  ]
  if (!productIds.length) {
    return { product: new Map(), category: new Map() }
  }
  const { data } = await query.graph({
    entity: "translation",
    fields: ["reference", "reference_id", "locale_code", "translations"],
    filters: { reference_id: [...productIds, ...categoryIds] },
  })
  return toProductTranslations(data)
}

/** Groups the Translation Module's rows by product and by category, locale by locale. */
export function toProductTranslations(translations: TranslationRow[]): ProductTranslations {
  const result: ProductTranslations = { product: new Map(), category: new Map() }
  for (const row of translations) {
    const locale = row.locale_code.slice(0, 2) as keyof LocalizedTexts
    const target =
      row.reference === "product"
        ? result.product
        : row.reference === "product_category"
          ? result.category
          : null
    if (!target || !row.translations) {
      continue
    }
    const texts = target.get(row.reference_id) ?? {}
    for (const [field, value] of Object.entries(row.translations)) {
      if (typeof value === "string") {
        texts[field] = { ...texts[field], [locale]: value }
      }
    }
    target.set(row.reference_id, texts)
  }
  return result
}
