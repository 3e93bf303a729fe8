import {
  parsePrice,
  parseWholeNumber,
  readAll,
  readCheckbox,
  readText,
  valuesOf,
  type FieldErrors,
  type FormValues,
} from "@/lib/forms/form"
import type { HandmadeDetails, ProductStatus, VendorProduct, VendorVariant } from "@/lib/types/custom-routes"
import { PRODUCT_LIMITS as LIMITS, type LocalizedText } from "@bazaar/contracts"
import type { VendorProductBody, VendorVariantBody } from "@bazaar/contracts/schemas"
import type { Parsed } from "./application"

export type VariantInput = VendorVariantBody

/** Body of `POST /vendor/products` and `POST /vendor/products/:id` (the schema: VendorProductForm). */
export type ProductBody = VendorProductBody & { title: LocalizedText; description: LocalizedText }

export type ProductIntent =
  { kind: "save" } | { kind: "submit" } | { kind: "add-variant" } | { kind: "remove-variant"; index: number }

/** The button a member pressed: save, save and submit, or add / remove a row of versions. */
export function parseProductIntent(value: FormDataEntryValue | null): ProductIntent {
  if (value === "submit" || value === "add-variant") {
    return { kind: value }
  }
  const remove = typeof value === "string" ? /^remove-variant:(\d+)$/.exec(value) : null
  if (remove) {
    return { kind: "remove-variant", index: Number(remove[1]) }
  }
  return { kind: "save" }
}

export const VARIANT_FIELDS = [
  "variant_id",
  "variant_title",
  "variant_sku",
  "variant_price_mad",
  "variant_price_eur",
  "variant_stock",
] as const

export const MAX_VARIANTS = LIMITS.variants
const LOCALES = ["fr", "ar", "en"] as const

/** How many rows of versions the form shows for these values (at least one). */
export function variantRowCount(values: FormValues | undefined): number {
  return Math.max(1, ...VARIANT_FIELDS.map((field) => valuesOf(values, field).length))
}

/** Adds an empty row or removes one, for forms posted without JavaScript. */
export function changeVariantRows(values: FormValues, intent: ProductIntent): FormValues {
  const count = variantRowCount(values)
  const next: FormValues = { ...values }
  for (const field of VARIANT_FIELDS) {
    const column = Array.from({ length: count }, (_, i) => valuesOf(values, field)[i] ?? "")
    if (intent.kind === "add-variant" && count < MAX_VARIANTS) {
      column.push("")
    } else if (intent.kind === "remove-variant" && count > 1) {
      column.splice(intent.index, 1)
    }
    next[field] = column
  }
  return next
}

/** "laine, henné\ncoton ، سدر" → ["laine", "henné", "coton", "سدر"]: commas (Latin or Arabic) or lines. */
export function splitMaterials(value: string | undefined): string[] {
  if (!value) {
    return []
  }
  return value
    .split(/[,،;\n]/)
    .map((part) => part.trim())
    .filter(Boolean)
}

/**
 * Checks the product form and shapes the API body. Rows of versions left completely empty are
 * ignored; a single version may go without a name (it gets `defaultVariantTitle`).
 */
export function parseProductForm(
  formData: FormData,
  {
    defaultVariantTitle,
    images,
    requirePhotos,
  }: { defaultVariantTitle: string; images: string[]; requirePhotos: boolean }
): Parsed<ProductBody> {
  const errors: FieldErrors = {}
  const title: LocalizedText = {}
  const description: LocalizedText = {}
  for (const locale of LOCALES) {
    const t = readText(formData, `title_${locale}`)
    if (t && t.length > LIMITS.title) {
      errors[`title_${locale}`] = "tooLong"
    } else if (t) {
      title[locale] = t
    }
    const d = readText(formData, `description_${locale}`)
    if (d && d.length > LIMITS.description) {
      errors[`description_${locale}`] = "tooLong"
    } else if (d) {
      description[locale] = d
    }
  }
  if (Object.keys(title).length === 0 && !errors.title_fr) {
    errors.title_fr = "titleRequired"
  }
  if (Object.keys(description).length === 0 && !errors.description_fr) {
    errors.description_fr = "descriptionRequired"
  }

  const categoryId = readText(formData, "category_id")
  if (!categoryId) {
    errors.category_id = "required"
  }
  // a draft may wait for its photos; the centre only reviews products that have one
  if (requirePhotos && images.length === 0) {
    errors.photos = "photoRequired"
  }

  const materials = splitMaterials(readText(formData, "materials"))
  if (
    materials.length > LIMITS.materials ||
    materials.some((material) => material.length > LIMITS.material)
  ) {
    errors.materials = "tooLong"
  }
  const technique = readText(formData, "technique")
  if (technique && technique.length > LIMITS.technique) {
    errors.technique = "tooLong"
  }
  const madeToOrder = readCheckbox(formData, "made_to_order")
  let leadTime: number | undefined
  if (madeToOrder) {
    const raw = readText(formData, "lead_time_days")
    const parsed = parseWholeNumber(raw)
    if (!raw) {
      errors.lead_time_days = "leadTimeRequired"
    } else if (parsed === null || parsed < LIMITS.lead_time_days.min || parsed > LIMITS.lead_time_days.max) {
      errors.lead_time_days = "leadTime"
    } else {
      leadTime = parsed
    }
  }
  const oneOfAKind = readCheckbox(formData, "one_of_a_kind")
  const optionTitle = readText(formData, "option_title")
  if (optionTitle && optionTitle.length > LIMITS.option_title) {
    errors.option_title = "tooLong"
  }

  const columns = Object.fromEntries(
    VARIANT_FIELDS.map((field) => [field, readAll(formData, field)])
  ) as Record<(typeof VARIANT_FIELDS)[number], string[]>
  const rowCount = Math.max(...VARIANT_FIELDS.map((field) => columns[field].length), 0)
  const filledRows = Array.from({ length: rowCount }, (_, i) => i).filter((i) =>
    VARIANT_FIELDS.some((field) => field !== "variant_id" && columns[field][i])
  )
  const variants: VariantInput[] = []
  if (filledRows.length === 0) {
    errors["variant_price_mad.0"] = "variantRequired"
  }
  for (const i of filledRows) {
    const cell = (field: (typeof VARIANT_FIELDS)[number]) => columns[field][i] || undefined
    let variantTitle = cell("variant_title")
    if (!variantTitle) {
      if (filledRows.length > 1) {
        errors[`variant_title.${i}`] = "variantTitleRequired"
      }
      variantTitle = defaultVariantTitle
    } else if (variantTitle.length > LIMITS.variant_title) {
      errors[`variant_title.${i}`] = "tooLong"
    } else if (variants.some((other) => other.title.toLowerCase() === variantTitle!.toLowerCase())) {
      errors[`variant_title.${i}`] = "variantTitleDuplicate"
    }
    const priceMad = parsePrice(cell("variant_price_mad"))
    if (priceMad === null || priceMad <= 0) {
      errors[`variant_price_mad.${i}`] = cell("variant_price_mad") ? "price" : "priceRequired"
    }
    const priceEur = parsePrice(cell("variant_price_eur"))
    if (priceEur === null || priceEur <= 0) {
      errors[`variant_price_eur.${i}`] = cell("variant_price_eur") ? "price" : "priceRequired"
    }
    const stock = parseWholeNumber(cell("variant_stock"))
    if (stock === null || stock > LIMITS.stock) {
      errors[`variant_stock.${i}`] = cell("variant_stock") ? "stock" : "stockRequired"
    }
    const sku = cell("variant_sku")
    const id = cell("variant_id")
    variants.push({
      ...(id && { id }),
      title: variantTitle,
      ...(sku && { sku }),
      price_mad: priceMad ?? 0,
      price_eur: priceEur ?? 0,
      stock: stock ?? 0,
    })
  }

  if (Object.keys(errors).length > 0) {
    return { ok: false, fieldErrors: errors }
  }
  return {
    ok: true,
    data: {
      title,
      description,
      category_id: categoryId!,
      images,
      handmade: {
        materials,
        ...(technique && { technique }),
        made_to_order: madeToOrder,
        ...(leadTime !== undefined && { lead_time_days: leadTime }),
        one_of_a_kind: oneOfAKind,
      },
      ...(optionTitle && { option_title: optionTitle }),
      variants,
    },
  }
}

function priceIn(variant: VendorVariant, currency: "mad" | "eur"): number | undefined {
  const direct = currency === "mad" ? variant.price_mad : variant.price_eur
  if (typeof direct === "number") {
    return direct
  }
  return variant.prices?.find((price) => price.currency_code?.toLowerCase() === currency)?.amount
}

function handmadeOf(product: VendorProduct): Partial<HandmadeDetails> {
  if (product.handmade) {
    return product.handmade
  }
  const metadata = (product.metadata ?? {}) as Record<string, unknown>
  const nested = metadata.handmade
  return (typeof nested === "object" && nested ? nested : metadata) as Partial<HandmadeDetails>
}

// Prices typed back into the form the way a member writes them (no trailing ".00").
function priceText(amount: number | undefined): string {
  return amount === undefined ? "" : String(Number(amount.toFixed(2)))
}

/**
 * The edit form's starting values for a stored product. The product's own title is the French
 * text unless it merely repeats an Arabic or English translation (the API stores the first
 * language given as the base text when French is missing).
 */
export function productToFormValues(product: VendorProduct): FormValues {
  const t = product.translations ?? {}
  const baseIsTranslation = (field: "title" | "description") => {
    const base = product[field]
    return !t.fr?.[field] && !!base && (base === t.ar?.[field] || base === t.en?.[field])
  }
  const frTitle = t.fr?.title ?? (baseIsTranslation("title") ? "" : product.title)
  const frDescription =
    t.fr?.description ?? (baseIsTranslation("description") ? "" : (product.description ?? ""))
  const handmade = handmadeOf(product)
  const variants = product.variants ?? []
  const values: FormValues = {
    product_id: product.id,
    title_fr: frTitle ?? "",
    title_ar: t.ar?.title ?? "",
    title_en: t.en?.title ?? "",
    description_fr: frDescription ?? "",
    description_ar: t.ar?.description ?? "",
    description_en: t.en?.description ?? "",
    category_id: product.category_id ?? product.categories?.[0]?.id ?? "",
    images: (product.images ?? []).map((image) => image.url),
    materials: (Array.isArray(handmade.materials) ? handmade.materials : []).join(", "),
    technique: typeof handmade.technique === "string" ? handmade.technique : "",
    lead_time_days: typeof handmade.lead_time_days === "number" ? String(handmade.lead_time_days) : "",
    option_title: product.options?.[0]?.title ?? "",
  }
  if (handmade.made_to_order) {
    values.made_to_order = "on"
  }
  if (handmade.one_of_a_kind) {
    values.one_of_a_kind = "on"
  }
  if (variants.length > 0) {
    values.variant_id = variants.map((variant) => variant.id)
    values.variant_title = variants.map((variant) => variant.title ?? "")
    values.variant_sku = variants.map((variant) => variant.sku ?? "")
    values.variant_price_mad = variants.map((variant) => priceText(priceIn(variant, "mad")))
    values.variant_price_eur = variants.map((variant) => priceText(priceIn(variant, "eur")))
    values.variant_stock = variants.map((variant) =>
      String(variant.stock ?? variant.inventory_quantity ?? "")
    )
  }
  return values
}

/** Maps an API field path such as "title.ar" or "variants.1.price_eur" to a form field name. */
export function productField(path: string): string | undefined {
  const localized = /^(title|description)\.(fr|ar|en)$/.exec(path)
  if (localized) {
    return `${localized[1]}_${localized[2]}`
  }
  if (path === "title" || path === "description") {
    return `${path}_fr`
  }
  const variant = /^variants\.(\d+)\.(title|sku|price_mad|price_eur|stock)$/.exec(path)
  if (variant) {
    return `variant_${variant[2]}.${variant[1]}`
  }
  if (path.startsWith("images")) {
    return "photos"
  }
  const handmade = /^handmade\.([a-z_]+)/.exec(path)
  if (handmade) {
    return handmade[1]
  }
  return ["category_id", "option_title"].includes(path) ? path : undefined
}

/** The staff's reason for rejecting a product, when it is rejected and they gave one. */
export function rejectionReason(product: VendorProduct): string | undefined {
  if (product.status !== "rejected") {
    return undefined
  }
  const reason = product.rejection_reason ?? product.metadata?.rejection_reason
  return typeof reason === "string" && reason.trim() ? reason : undefined
}

/** Whether a member may still send this product to the centre for review. */
export function canSubmitForReview(status: ProductStatus | undefined): boolean {
  return status === undefined || status === "draft" || status === "rejected"
}
