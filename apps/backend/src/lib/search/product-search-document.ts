import { normalizeSearchText } from "./normalize-search-text"
import { synonymsFor } from "./expand-synonyms"

export const SEARCH_LOCALES = ["fr", "ar", "en"] as const
export type SearchLocale = (typeof SEARCH_LOCALES)[number]
export type LocalizedTexts = Partial<Record<SearchLocale, string | null>>

export type ProductSearchRow = {
  id: string
  handle: string
  status: string
  title: string
  description?: string | null
  subtitle?: string | null
  thumbnail?: string | null
  material?: string | null
  metadata?: Record<string, unknown> | null
  created_at: string | Date
  sales_channels?: ({ id: string } | null)[] | null
  categories?: ({ id: string; handle: string; name: string } | null)[] | null
  tags?: ({ value: string } | null)[] | null
  vendor?: { handle: string; name: string; region?: string | null; status: string } | null
  variants?:
    | ({
        manage_inventory?: boolean | null
        allow_backorder?: boolean | null
        prices?:
          ({ amount: number | string; currency_code: string; price_list_id?: string | null } | null)[] | null
        inventory_items?:
          | ({
              required_quantity?: number | null
              inventory?: {
                location_levels?:
                  ({ stocked_quantity?: number | null; reserved_quantity?: number | null } | null)[] | null
              } | null
            } | null)[]
          | null
      } | null)[]
    | null
}

/** Texts of a product and of its categories in every shop language, French being the entity's own. */
export type ProductTranslations = {
  product: Map<string, Record<string, LocalizedTexts>>
  category: Map<string, Record<string, LocalizedTexts>>
}

/** Each product's published rating (average to one decimal, count), by product id. */
export type ProductRatings = ReadonlyMap<string, { average: number; count: number }>

const PRICE_CURRENCIES = ["mad", "eur"] as const

function localized(
  base: string | null | undefined,
  translations: Record<string, LocalizedTexts> | undefined,
  field: string
) {
  return {
    fr: base ?? null,
    ar: translations?.[field]?.ar ?? null,
    en: translations?.[field]?.en ?? null,
  }
}

function variantInStock(variant: NonNullable<NonNullable<ProductSearchRow["variants"]>[number]>): boolean {
  if (!variant.manage_inventory || variant.allow_backorder) {
    return true
  }
  const items = (variant.inventory_items ?? []).filter(Boolean)
  if (!items.length) {
    return false
  }
  return items.every((item) => {
    const available = (item!.inventory?.location_levels ?? []).reduce(
      (sum, level) => sum + Number(level?.stocked_quantity ?? 0) - Number(level?.reserved_quantity ?? 0),
      0
    )
    return available >= Number(item!.required_quantity ?? 1)
  })
}

function lowestPrice(row: ProductSearchRow, currency: string): number | null {
  let lowest: number | null = null
  for (const variant of row.variants ?? []) {
    for (const price of variant?.prices ?? []) {
      // price-list prices are promotions for some customers, not the catalogue price
      if (!price || price.currency_code !== currency || price.price_list_id) {
        continue
      }
      const amount = Number(price.amount)
      if (lowest === null || amount < lowest) {
        lowest = amount
      }
    }
  }
  return lowest
}

function materialsOf(row: ProductSearchRow): string[] {
  const listed = row.metadata?.materials
  if (Array.isArray(listed)) {
    return listed.filter((entry): entry is string => typeof entry === "string" && entry.length > 0)
  }
  return (row.material ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean)
}

/**
 * The search document of one product: display fields in fr/ar/en, facet values, and two matching
 * fields (`title_search`, `text_search`) normalised and expanded with synonyms, which is the only
 * text the engines match against.
 */
export function toProductSearchDocument(
  row: ProductSearchRow,
  translations: ProductTranslations,
  synonymGroups: string[][],
  ratings: ProductRatings = new Map()
) {
  const productTexts = translations.product.get(row.id)
  const title = localized(row.title, productTexts, "title")
  const description = localized(row.description, productTexts, "description")
  const categories = (row.categories ?? []).filter(
    (category): category is NonNullable<typeof category> => !!category
  )
  const categoryNames = categories.flatMap((category) => {
    const names = localized(category.name, translations.category.get(category.id), "name")
    return [names.fr, names.ar, names.en]
  })
  const materials = materialsOf(row)
  const tags = (row.tags ?? []).flatMap((tag) => (tag?.value ? [tag.value] : []))
  const vendor = row.vendor ?? null

  const titleSearch = normalizeSearchText([title.fr, title.ar, title.en].filter(Boolean).join(" "))
  const body = normalizeSearchText(
    [
      row.subtitle,
      ...categoryNames,
      ...materials,
      ...tags,
      vendor?.name,
      vendor?.region,
      description.fr,
      description.ar,
      description.en,
    ]
      .filter(Boolean)
      .join(" ")
  )
  const synonyms = synonymsFor(`${titleSearch} ${body}`, synonymGroups)

  const prices = Object.fromEntries(
    PRICE_CURRENCIES.map((currency) => [`price_${currency}`, lowestPrice(row, currency)])
  )

  return {
    id: row.id,
    handle: row.handle,
    status: row.status,
    title_fr: title.fr,
    title_ar: title.ar,
    title_en: title.en,
    thumbnail: row.thumbnail ?? null,
    sales_channel_ids: (row.sales_channels ?? []).flatMap((channel) => (channel ? [channel.id] : [])),
    category_handles: categories.map((category) => category.handle),
    materials,
    tags,
    vendor_handle: vendor?.handle ?? null,
    vendor_name: vendor?.name ?? null,
    vendor_region: vendor?.region ?? null,
    // products of suspended or unvetted vendors stay indexed and are filtered out on every store query
    vendor_status: vendor?.status ?? "none",
    price_mad: prices.price_mad,
    price_eur: prices.price_eur,
    // never rated: null, which every engine sorts after the rated ones in either direction
    rating_average: ratings.get(row.id)?.average ?? null,
    rating_count: ratings.get(row.id)?.count ?? 0,
    in_stock: (row.variants ?? []).some((variant) => !!variant && variantInStock(variant)),
    created_at: new Date(row.created_at).toISOString(),
    title_search: titleSearch,
    text_search: [body, ...synonyms].join(" "),
  }
}

export type ProductSearchDocument = ReturnType<typeof toProductSearchDocument>
