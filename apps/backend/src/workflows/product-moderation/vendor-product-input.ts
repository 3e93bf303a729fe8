import { randomBytes } from "node:crypto"
import { MedusaError } from "@medusajs/framework/utils"
import { LocalizedInput, splitLocalizedText } from "../common/localized-text"
import { slugifyVendorName } from "../vendor/vendor-handle"

export type VendorProductVariantInput = {
  id?: string
  title: string
  sku?: string | null
  price_mad: number
  price_eur: number
  stock: number
}

export type VendorProductInput = {
  title?: LocalizedInput
  description?: LocalizedInput
  category_id?: string
  images?: string[]
  handmade?: {
    materials: string[]
    technique?: string | null
    made_to_order: boolean
    lead_time_days?: number | null
    one_of_a_kind: boolean
  }
  option_title?: string
  variants?: VendorProductVariantInput[]
}

/** A product's fields as the Product Module takes them, from the portal's body (create and update). */
export type VendorProductData = {
  title?: string
  description?: string | null
  category_ids?: string[]
  images?: { url: string }[]
  thumbnail?: string | null
  material?: string | null
  metadata?: Record<string, unknown>
  options?: { title: string; values: string[] }[]
  variants?: {
    id?: string
    title: string
    sku: string | null
    manage_inventory?: boolean
    options?: Record<string, string>
    prices: { currency_code: string; amount: number }[]
  }[]
}

export const DEFAULT_OPTION_TITLE = "Format"

/** A product handle that is readable and does not collide: slug of the base title and a short random tail. */
export function productHandle(title: string): string {
  const slug = slugifyVendorName(title).replace(/^cooperative$/, "produit")
  return `${slug}-${randomBytes(3).toString("hex")}`
}

/**
 * Maps the portal's product body to the product module's fields. `existing` (on update) supplies the
 * option to reuse and the metadata to merge, so staff-written keys such as rejection_reason survive.
 */
export function toProductData(
  input: VendorProductInput,
  existing?: { options: { id: string; title: string }[]; metadata: Record<string, unknown> | null }
): VendorProductData {
  const data: VendorProductData = {}
  const title = splitLocalizedText(input.title).base
  if (title !== undefined) {
    data.title = title
  }
  if (input.description !== undefined) {
    data.description = splitLocalizedText(input.description).base ?? null
  }
  if (input.category_id !== undefined) {
    data.category_ids = [input.category_id]
  }
  if (input.images !== undefined) {
    data.images = input.images.map((url) => ({ url }))
    data.thumbnail = input.images[0] ?? null
  }
  if (input.handmade !== undefined) {
    data.material = input.handmade.materials.join(", ").slice(0, 250) || null
    data.metadata = {
      ...(existing?.metadata ?? {}),
      materials: input.handmade.materials,
      technique: input.handmade.technique ?? null,
      made_to_order: input.handmade.made_to_order,
      lead_time_days: input.handmade.made_to_order ? (input.handmade.lead_time_days ?? null) : null,
      one_of_a_kind: input.handmade.one_of_a_kind,
    }
  }
  if (input.variants !== undefined) {
    // a saved product keeps its option's name: its variants' values are under it
    const optionTitle = existing?.options[0]?.title ?? input.option_title ?? DEFAULT_OPTION_TITLE
    // on update the option stays; its values for new names are added first (planVariantChanges), and
    // new variants are created after the update, which keeps, edits and removes the saved ones
    if (!existing) {
      data.options = [{ title: optionTitle, values: input.variants.map((variant) => variant.title) }]
    }
    const variants = existing ? input.variants.filter((variant) => variant.id) : input.variants
    data.variants = variants.map((variant) => ({
      ...(variant.id ? { id: variant.id } : {}),
      title: variant.title,
      sku: variant.sku ?? null,
      options: { [optionTitle]: variant.title },
      ...(existing ? {} : { manage_inventory: true }),
      prices: [
        { currency_code: "mad", amount: variant.price_mad },
        { currency_code: "eur", amount: variant.price_eur },
      ],
    }))
  }
  return data
}

/** A new product's fields: a product needs a title, which the portal's create body always has. */
export function toNewProductData(input: VendorProductInput): VendorProductData & { title: string } {
  const data = toProductData(input)
  if (!data.title) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Field 'title': write it in at least one language (fr, ar or en)"
    )
  }
  return { ...data, title: data.title }
}

/**
 * What an update does to a product's variants: the option values it needs that the product does not
 * have yet (a new or renamed variant is a new value of the product's one option: Medusa 2.21 only
 * accepts a variant whose option value is in the product's own subset of the option's values), and
 * the variants to create after the update (the update's variant list keeps, edits and removes).
 */
export function planVariantChanges(
  input: VendorProductInput,
  existing: { options: { values?: { value: string }[] }[] }
): { new_values: string[]; to_create: VendorProductVariantInput[] } {
  const known = new Set((existing.options[0]?.values ?? []).map((value) => value.value))
  const variants = input.variants ?? []
  return {
    new_values: [...new Set(variants.map((variant) => variant.title).filter((title) => !known.has(title)))],
    to_create: variants.filter((variant) => !variant.id),
  }
}

/** The ar/en translations of a product's title and description. */
export function productTranslationLocales(input: VendorProductInput) {
  const locales: Record<"ar" | "en", Record<string, string>> = { ar: {}, en: {} }
  for (const [field, text] of [
    ["title", input.title],
    ["description", input.description],
  ] as const) {
    const { translations } = splitLocalizedText(text)
    for (const locale of ["ar", "en"] as const) {
      if (translations[locale] !== undefined) {
        locales[locale][field] = translations[locale]!
      }
    }
  }
  return locales
}

/** Stock quantities per variant id, matching the body's variants to the saved ones by title. */
export function stockByVariant(
  input: VendorProductInput,
  saved: { id: string; title: string }[]
): { variant_id: string; quantity: number }[] {
  return (input.variants ?? []).flatMap((variant) => {
    const match = saved.find((row) => (variant.id ? row.id === variant.id : row.title === variant.title))
    return match ? [{ variant_id: match.id, quantity: variant.stock }] : []
  })
}
