import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const validateCommissionRateStepId = "validate-commission-rate"

/** The cooperative exists, and so does the category a rate names. Reads only. */
export const validateCommissionRateStep = createStep(
  validateCommissionRateStepId,
  async (input: { vendor_id: string; category_id: string | null }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: vendors } = await query.graph({
      entity: "vendor",
      fields: ["id"],
      filters: { id: input.vendor_id },
    })
    if (!vendors.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cooperative ${input.vendor_id} was not found`)
    }
    if (input.category_id) {
      const { data: categories } = await query.graph({
        entity: "product_category",
        fields: ["id"],
        filters: { id: input.category_id },
      })
      if (!categories.length) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Category ${input.category_id} does not exist: choose one of the shop's categories`
        )
      }
    }
    return new StepResponse(undefined)
  }
)
