import {
  createProductVariantsWorkflow,
  updateProductsWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { upsertTranslationsStep } from "../../common/steps/upsert-translations"
import { ensureVendorStockLocationStep } from "../steps/ensure-vendor-stock-location"
import { setVariantStockStep } from "../steps/set-variant-stock"
import { validateVendorCanSellStep } from "../steps/validate-vendor-can-sell"
import { addProductOptionValuesStep } from "../steps/add-product-option-values"
import { validateProductReferencesStep } from "../steps/validate-product-references"
import { validateVendorProductStep } from "../steps/validate-vendor-product"
import {
  DEFAULT_OPTION_TITLE,
  planVariantChanges,
  productTranslationLocales,
  stockByVariant,
  toProductData,
  VendorProductInput,
} from "../vendor-product-input"

export type UpdateVendorProductWorkflowInput = {
  vendor_id: string
  product_id: string
  product: VendorProductInput
}

export const updateVendorProductWorkflowId = "update-vendor-product"

/**
 * A member of an approved vendor edits one of its products (texts, photos, prices, stock, and variants:
 * added, renamed, removed).
 * The status does not change: a published product was approved once and stays published.
 */
export const updateVendorProductWorkflow = createWorkflow(
  updateVendorProductWorkflowId,
  (input: UpdateVendorProductWorkflowInput) => {
    const { data: vendors } = useQueryGraphStep({
      entity: "vendor",
      fields: ["id", "name", "status", "city", "province"],
      filters: { id: input.vendor_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "get-vendor" })
    const vendor = transform({ vendors }, ({ vendors }) => vendors[0])

    const owned = transform({ input }, ({ input }) => ({
      vendor_id: input.vendor_id,
      product_id: input.product_id,
      variant_ids: (input.product.variants ?? []).flatMap((variant) => (variant.id ? [variant.id] : [])),
    }))
    // ownership first: another vendor's product id is a 404 even for a suspended vendor
    const existing = validateVendorProductStep(owned)
    validateProductReferencesStep({
      vendor_id: input.vendor_id,
      category_id: input.product.category_id,
      image_urls: input.product.images,
    })
    validateVendorCanSellStep({ vendor })

    // a new or renamed variant is a new value of the product's option: added to the product first
    const plan = transform({ input, existing }, ({ input, existing }) =>
      planVariantChanges(input.product, existing)
    )
    const newValues = transform({ input, existing, plan }, ({ input, existing, plan }) => ({
      product_id: input.product_id,
      option_id: existing.options[0]?.id,
      values: plan.new_values,
    }))
    addProductOptionValuesStep(newValues)

    const update = transform({ input, existing }, ({ input, existing }) => ({
      id: input.product_id,
      ...toProductData(input.product, { options: existing.options ?? [], metadata: existing.metadata }),
    }))
    updateProductsWorkflow.runAsStep({ input: { products: [update] } })

    // new variants, with their inventory item and prices, as Medusa creates them; stock is set below
    const newVariants = transform({ input, existing, plan }, ({ input, existing, plan }) => {
      const optionTitle = existing.options[0]?.title ?? DEFAULT_OPTION_TITLE
      return {
        product_variants: plan.to_create.map((variant) => ({
          product_id: input.product_id,
          title: variant.title,
          sku: variant.sku ?? null,
          manage_inventory: true,
          options: { [optionTitle]: variant.title },
          prices: [
            { currency_code: "mad", amount: variant.price_mad },
            { currency_code: "eur", amount: variant.price_eur },
          ],
        })),
      }
    })
    when({ newVariants }, ({ newVariants }) => newVariants.product_variants.length > 0).then(() => {
      createProductVariantsWorkflow.runAsStep({ input: newVariants })
    })

    when({ input }, ({ input }) => !!input.product.variants).then(() => {
      const locationId = ensureVendorStockLocationStep({ vendor })
      const { data: saved } = useQueryGraphStep({
        entity: "product_variant",
        fields: ["id", "title"],
        filters: { product_id: input.product_id },
      }).config({ name: "get-saved-variants" })
      const stock = transform({ input, saved, locationId }, ({ input, saved, locationId }) => ({
        location_id: locationId,
        stock: stockByVariant(input.product, saved),
      }))
      setVariantStockStep(stock)
    })

    const translations = transform({ input }, ({ input }) => [
      {
        reference: "product",
        reference_id: input.product_id,
        locales: productTranslationLocales(input.product),
      },
    ])
    upsertTranslationsStep(translations)

    return new WorkflowResponse({ id: input.product_id })
  }
)
