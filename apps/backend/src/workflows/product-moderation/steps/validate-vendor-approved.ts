import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ProductToModerate } from "../product-notifications"

export const validateVendorApprovedStepId = "validate-vendor-approved"

/** Refuses to publish a product whose cooperative is not approved (it would show while suspended). */
export const validateVendorApprovedStep = createStep(
  validateVendorApprovedStepId,
  async (input: { product: ProductToModerate }) => {
    if (input.product.vendor?.status !== "approved") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Product ${input.product.id} belongs to a cooperative that is not approved (${input.product.vendor?.status ?? "none"}): it cannot be published`
      )
    }
    return new StepResponse(undefined)
  }
)
