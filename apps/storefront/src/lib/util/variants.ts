import type { StoreProduct, StoreVariant } from "@/lib/types/store"

/** What choosing reads of a variant: Medusa's StoreProductVariant, as far as the product page asks for it. */
export type VariantFields = Pick<StoreVariant, "id"> &
  Partial<Pick<StoreVariant, "manage_inventory" | "allow_backorder" | "inventory_quantity">> & {
    options?: { id?: string; value: string; option_id?: string | null }[] | null
  }

/** What choosing reads of a product's options. */
type ProductOptions = {
  options?: Pick<NonNullable<StoreProduct["options"]>[number], "id" | "title" | "values">[] | null
}

/** Option id → chosen value, e.g. { opt_size: "M", opt_colour: "Indigo" }. */
export type Selection = Record<string, string>

/** What choosing needs to know of a variant; the client picker gets only this (plus labels). */
export type VariantChoice = {
  id: string
  selection: Selection
  inStock: boolean
}

export type StockLevel = { inStock: boolean; quantity: number | null }

// Few items left is worth saying: handmade stock is small and shoppers hesitate otherwise.
export const LOW_STOCK_THRESHOLD = 3

/** A variant can be bought when stock is not tracked, backorders are allowed, or units remain. */
export function stockLevel(variant: VariantFields): StockLevel {
  if (variant.manage_inventory === false || variant.allow_backorder) {
    return { inStock: true, quantity: null }
  }
  const quantity = variant.inventory_quantity
  if (typeof quantity !== "number") {
    // The API left the quantity out: show the product as buyable rather than hide a sale.
    return { inStock: true, quantity: null }
  }
  return { inStock: quantity > 0, quantity }
}

/**
 * The option values of a variant keyed by option id. `optionIdByValueId` (built from the product's
 * options) covers responses where a variant's option values come without their `option_id`.
 */
export function selectionOf(
  variant: VariantFields,
  optionIdByValueId: Record<string, string> = {}
): Selection {
  const selection: Selection = {}
  for (const option of variant.options ?? []) {
    const optionId = option.option_id ?? (option.id ? optionIdByValueId[option.id] : undefined)
    if (optionId) {
      selection[optionId] = option.value
    }
  }
  return selection
}

export function toChoice(variant: VariantFields, optionIdByValueId?: Record<string, string>): VariantChoice {
  return {
    id: variant.id,
    selection: selectionOf(variant, optionIdByValueId),
    inStock: stockLevel(variant).inStock,
  }
}

/** Options worth a choice (more than one value), plus the value id → option id lookup. */
export function choosableOptions(product: ProductOptions) {
  const optionIdByValueId: Record<string, string> = {}
  const options = (product.options ?? []).map((option) => {
    const values = (option.values ?? []).map((value) => {
      if (value.id) {
        optionIdByValueId[value.id] = option.id
      }
      return value.value
    })
    return { id: option.id, title: option.title, values: [...new Set(values)] }
  })
  return {
    options: options.filter((option) => option.values.length > 1),
    optionIdByValueId,
  }
}

function matches(choice: VariantChoice, wanted: Selection): boolean {
  return Object.entries(wanted).every(([optionId, value]) => choice.selection[optionId] === value)
}

/** The variant shown first: the one in "?variant=", else the first in stock, else the first. */
export function initialVariant<T extends VariantChoice>(
  choices: T[],
  requestedId?: string | null
): T | undefined {
  return (
    choices.find((choice) => choice.id === requestedId) ??
    choices.find((choice) => choice.inStock) ??
    choices[0]
  )
}

/**
 * Applies one option choice: keeps the other choices when such a variant exists, otherwise
 * jumps to a variant with that value (in stock first) so a click always lands somewhere.
 */
export function chooseOption<T extends VariantChoice>(
  choices: T[],
  current: Selection,
  optionId: string,
  value: string
): T | undefined {
  const exact = choices.filter((choice) => matches(choice, { ...current, [optionId]: value }))
  const candidates = exact.length ? exact : choices.filter((choice) => matches(choice, { [optionId]: value }))
  return candidates.find((choice) => choice.inStock) ?? candidates[0]
}

/** Whether some variant combines this value with the other current choices. */
export function isCombinationAvailable(
  choices: VariantChoice[],
  current: Selection,
  optionId: string,
  value: string
): boolean {
  return choices.some((choice) => matches(choice, { ...current, [optionId]: value }))
}
