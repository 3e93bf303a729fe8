import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ValidateVendorProductStepInput = {
  vendor_id: string
  product_id?: string
  category_id?: string
  image_urls?: string[]
  variant_ids?: string[]
}

export type VendorProductSnapshot = {
  id: string
  status: string
  metadata: Record<string, unknown> | null
  options: { id: string; title: string; values?: { value: string }[] }[]
  variants: { id: string; title: string }[]
}

export const validateVendorProductStepId = "validate-vendor-product"

/**
 * Checks every id a member sends: the product, its variants and the images must be the caller's
 * vendor's, the category must exist. Anything else is a 404 that looks the same whether the row
 * exists elsewhere or not, so nothing leaks about other cooperatives.
 */
export const validateVendorProductStep = createStep(
  validateVendorProductStepId,
  async (input: ValidateVendorProductStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    let product: VendorProductSnapshot | null = null

    if (input.product_id) {
      const { data } = await query.graph({
        entity: "product",
        fields: [
          "id",
          "status",
          "metadata",
          "options.id",
          "options.title",
          "options.values.value",
          "variants.id",
          "variants.title",
          "vendor.id",
        ],
        filters: { id: input.product_id },
      })
      const row = data[0] as (VendorProductSnapshot & { vendor?: { id: string } | null }) | undefined
      if (!row || row.vendor?.id !== input.vendor_id) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${input.product_id} was not found`)
      }
      product = row
    }

    const ownVariants = new Set((product?.variants ?? []).map((variant) => variant.id))
    const foreignVariant = (input.variant_ids ?? []).find((id) => !ownVariants.has(id))
    if (foreignVariant) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Variant ${foreignVariant} was not found on this product`
      )
    }

    if (input.category_id) {
      const { data } = await query.graph({
        entity: "product_category",
        fields: ["id"],
        filters: { id: input.category_id, is_active: true, is_internal: false },
      })
      if (!data.length) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Category ${input.category_id} was not found`)
      }
    }

    if (input.image_urls?.length) {
      // an image already on another cooperative's product is not the caller's to reuse
      const { data } = await query.graph({
        entity: "product",
        fields: ["id", "vendor.id", "images.url"],
        filters: { images: { url: input.image_urls } } as never,
      })
      const foreign = data.find(
        (row) => (row as { vendor?: { id: string } | null }).vendor?.id !== input.vendor_id
      )
      if (foreign) {
        const url = (foreign.images ?? []).find(
          (image) => image && input.image_urls!.includes(image.url)
        )?.url
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `Image ${url ?? ""} was not found among your uploads`.replace("  ", " ")
        )
      }
    }

    return new StepResponse(product)
  }
)
