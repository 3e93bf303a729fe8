import { splitLocalizedText } from "../common/localized-text"
import type { VendorProductInput, VendorProductVariantInput } from "./vendor-product-input"

/** A published product as the portal shapes it (`shapeVendorProducts`): what an edit is compared with. */
export type PublishedProduct = {
  title: string | null
  description: string | null
  category_id: string | null
  images?: ({ url: string } | null)[] | null
  handmade: {
    materials: unknown[]
    technique: unknown
    made_to_order: boolean
    lead_time_days: unknown
    one_of_a_kind: boolean
  }
  variants: {
    id: string
    title: string
    sku?: string | null
    price_mad: number | null
    price_eur: number | null
    stock: number
  }[]
  translations: Partial<Record<"ar" | "en", Record<string, unknown>>>
}

export type PublishedEditSplit = {
  /** Goes live at once: stock, and prices moved by no more than the allowed share. */
  live: VendorProductInput | null
  /** Waits for staff: everything else that differs from the published product. */
  review: VendorProductInput | null
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/** A price moved by more than `percent` of the published one (or set where there was none). */
export function priceMovedBeyond(published: number | null, next: number, percent: number): boolean {
  if (published === null || published <= 0) {
    return true
  }
  return Math.abs(next - published) / published > percent / 100
}

function textChanged(
  field: "title" | "description",
  given: VendorProductInput["title"],
  product: PublishedProduct
): boolean {
  if (given === undefined) {
    return false
  }
  const { base, translations } = splitLocalizedText(given)
  if (base !== undefined && base !== (product[field] ?? "")) {
    return true
  }
  // a language left out keeps its text; one given and different is a change
  return (["ar", "en"] as const).some(
    (locale) =>
      translations[locale] !== undefined && translations[locale] !== product.translations[locale]?.[field]
  )
}

function handmadeChanged(given: VendorProductInput["handmade"], product: PublishedProduct): boolean {
  if (given === undefined) {
    return false
  }
  const saved = product.handmade
  return (
    !same(given.materials, saved.materials) ||
    !same(given.technique, saved.technique) ||
    given.made_to_order !== saved.made_to_order ||
    !same(
      given.made_to_order ? given.lead_time_days : null,
      saved.made_to_order ? saved.lead_time_days : null
    ) ||
    given.one_of_a_kind !== saved.one_of_a_kind
  )
}

/**
 * Splits a member's edit of a published product into what goes live at once and what staff review
 * first. Stock always goes live (it is what the cooperative has on its shelf); a price goes live when
 * it moves by at most `pricePercent`; a new, renamed or removed variant, another SKU or a larger price
 * change sends the whole variant list to review, while stock still goes live on the saved variants.
 */
export function splitPublishedEdit(
  edit: VendorProductInput,
  product: PublishedProduct,
  pricePercent: number
): PublishedEditSplit {
  const review: VendorProductInput = {}
  if (textChanged("title", edit.title, product)) {
    review.title = edit.title
  }
  if (textChanged("description", edit.description, product)) {
    review.description = edit.description
  }
  if (edit.category_id !== undefined && edit.category_id !== product.category_id) {
    review.category_id = edit.category_id
  }
  const savedImages = (product.images ?? []).flatMap((image) => (image ? [image.url] : []))
  if (edit.images !== undefined && !same(edit.images, savedImages)) {
    review.images = edit.images
  }
  if (handmadeChanged(edit.handmade, product)) {
    review.handmade = edit.handmade
  }

  let live: VendorProductInput | null = null
  if (edit.variants) {
    const byId = new Map(product.variants.map((variant) => [variant.id, variant]))
    const given = new Map(edit.variants.flatMap((variant) => (variant.id ? [[variant.id, variant]] : [])))
    const structural =
      edit.variants.some((variant) => {
        const saved = variant.id ? byId.get(variant.id) : undefined
        return !saved || saved.title !== variant.title || (variant.sku ?? null) !== (saved.sku ?? null)
      }) || product.variants.some((saved) => !given.has(saved.id))
    const bigPriceMove = edit.variants.some((variant) => {
      const saved = variant.id ? byId.get(variant.id) : undefined
      return (
        !!saved &&
        ((variant.price_mad !== saved.price_mad &&
          priceMovedBeyond(saved.price_mad, variant.price_mad, pricePercent)) ||
          (variant.price_eur !== saved.price_eur &&
            priceMovedBeyond(saved.price_eur, variant.price_eur, pricePercent)))
      )
    })
    if (structural || bigPriceMove) {
      review.variants = edit.variants
    }
    // the saved variants as they are, with the stock given and the prices allowed to move
    const liveVariants: VendorProductVariantInput[] = product.variants.map((saved) => {
      const next = given.get(saved.id)
      const priceOk = next && !bigPriceMove
      return {
        id: saved.id,
        title: saved.title,
        sku: saved.sku ?? null,
        price_mad: priceOk ? next.price_mad : (saved.price_mad ?? 0),
        price_eur: priceOk ? next.price_eur : (saved.price_eur ?? 0),
        stock: next ? next.stock : saved.stock,
      }
    })
    const liveChanged = liveVariants.some((variant) => {
      const saved = byId.get(variant.id!)!
      return (
        variant.stock !== saved.stock ||
        variant.price_mad !== saved.price_mad ||
        variant.price_eur !== saved.price_eur
      )
    })
    if (liveChanged) {
      live = { variants: liveVariants }
    }
  }
  return { live, review: Object.keys(review).length ? review : null }
}

/**
 * An approved edit applied now: the saved variants keep the stock they have today (stock went live
 * while the edit waited), the rest is as the member wrote it.
 */
export function approvedEditInput(
  changes: VendorProductInput,
  product: { variants: { id: string; stock: number }[] }
): VendorProductInput {
  if (!changes.variants) {
    return changes
  }
  const stockOf = new Map(product.variants.map((variant) => [variant.id, variant.stock]))
  return {
    ...changes,
    variants: changes.variants.map((variant) =>
      variant.id && stockOf.has(variant.id) ? { ...variant, stock: stockOf.get(variant.id)! } : variant
    ),
  }
}
