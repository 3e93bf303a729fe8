import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ValidateVendorProductStepInput = {
  vendor_id: string
  product_id: string
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
 * Checks that the product and the variants a member names are the caller's vendor's, and returns
 * the product. Anything else is a 404 that looks the same whether the row exists elsewhere or not,
 * so nothing leaks about other cooperatives.
 */
export const validateVendorProductStep = createStep(
  validateVendorProductStepId,
  async (input: ValidateVendorProductStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
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
    const product: (VendorProductSnapshot & { vendor: { id: string } | null }) | undefined = data[0]
    if (!product || product.vendor?.id !== input.vendor_id) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${input.product_id} was not found`)
    }

    const ownVariants = new Set(product.variants.map((variant) => variant.id))
    const foreignVariant = (input.variant_ids ?? []).find((id) => !ownVariants.has(id))
    if (foreignVariant) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Variant ${foreignVariant} was not found on this product`
      )
    }

    return new StepResponse(product)
  }
)
