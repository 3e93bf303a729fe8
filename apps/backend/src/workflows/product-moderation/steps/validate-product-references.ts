import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ValidateProductReferencesStepInput = {
  vendor_id: string
  category_id?: string
  image_urls?: string[]
}

export const validateProductReferencesStepId = "validate-product-references"

/**
 * Checks what a member's product body points to: the category must exist, and an image already on
 * another cooperative's product is not the caller's to reuse (a 404, as for an unknown upload).
 */
export const validateProductReferencesStep = createStep(
  validateProductReferencesStepId,
  async (input: ValidateProductReferencesStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)

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

    const urls = input.image_urls ?? []
    if (urls.length) {
      const { data } = await query.graph({
        entity: "product",
        fields: ["id", "vendor.id", "images.url"],
        filters: { images: { url: urls } },
      })
      const products: { vendor: { id: string } | null; images: ({ url: string } | null)[] | null }[] = data
      const foreign = products.find((product) => product.vendor?.id !== input.vendor_id)
      if (foreign) {
        const url = (foreign.images ?? []).find((image) => image && urls.includes(image.url))?.url
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `Image ${url ?? ""} was not found among your uploads`.replace("  ", " ")
        )
      }
    }

    return new StepResponse(undefined)
  }
)
