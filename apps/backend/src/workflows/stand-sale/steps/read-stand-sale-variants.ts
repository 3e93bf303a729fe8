import { MedusaError } from "@medusajs/framework/utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { StandSaleLineDraft } from "../stand-sale-totals"

export type ReadStandSaleVariantsStepInput = {
  vendor_id: string
  currency_code: string
  items: { variant_id: string; quantity: number }[]
}

export type StandSaleVariantLine = StandSaleLineDraft & { inventory_item_id: string | null }

type VariantPrice = { amount: number; currency_code: string; min_quantity?: number | null }

export const readStandSaleVariantsStepId = "read-stand-sale-variants"

/**
 * The sale's lines with their titles, price and stock item, for the cooperative's own variants only:
 * any other variant id is a 404, as for every /vendor/* route. A variant given twice is one line.
 */
export const readStandSaleVariantsStep = createStep(
  readStandSaleVariantsStepId,
  async (input: ReadStandSaleVariantsStepInput, { container }) => {
    const quantities = new Map<string, number>()
    for (const item of input.items) {
      quantities.set(item.variant_id, (quantities.get(item.variant_id) ?? 0) + item.quantity)
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: vendors } = await query.graph({
      entity: "vendor",
      fields: ["products.id"],
      filters: { id: input.vendor_id },
    })
    const owned = new Set((vendors[0]?.products ?? []).flatMap((product) => (product ? [product.id] : [])))
    const { data: variants } = await query.graph({
      entity: "product_variant",
      fields: [
        "id",
        "title",
        "sku",
        "product.id",
        "product.title",
        "inventory_items.inventory_item_id",
        "prices.amount",
        "prices.currency_code",
        "prices.min_quantity",
      ],
      filters: { id: [...quantities.keys()] },
    })
    const lines: StandSaleVariantLine[] = []
    for (const [variantId, quantity] of quantities) {
      const variant = variants.find((candidate) => candidate.id === variantId)
      if (!variant?.product || !owned.has(variant.product.id)) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Variant with id: ${variantId} was not found`)
      }
      // `prices` comes through the variant's price-set link, which the generated graph types leave out
      const { prices } = variant as unknown as { prices?: (VariantPrice | null)[] | null }
      const price = (prices ?? []).find(
        (candidate) => candidate?.currency_code === input.currency_code && !candidate.min_quantity
      )
      if (!price) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Variant ${variantId} has no price in ${input.currency_code.toUpperCase()}: set one before selling it`
        )
      }
      lines.push({
        variant_id: variant.id,
        product_id: variant.product.id,
        title: variant.product.title,
        variant_title: variant.title ?? null,
        sku: variant.sku ?? null,
        quantity,
        unit_price: price.amount,
        inventory_item_id: variant.inventory_items?.[0]?.inventory_item_id ?? null,
      })
    }
    return new StepResponse(lines)
  }
)
