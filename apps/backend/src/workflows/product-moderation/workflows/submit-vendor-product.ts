import { ProductStatus } from "@medusajs/framework/utils"
import { updateProductsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { validateProductStatusStep } from "../steps/validate-product-status"
import { validateVendorCanSellStep } from "../steps/validate-vendor-can-sell"
import { validateVendorProductStep } from "../steps/validate-vendor-product"

export type SubmitVendorProductWorkflowInput = { vendor_id: string; product_id: string }

export const submitVendorProductWorkflowId = "submit-vendor-product"

/** A member sends a draft (or a rejected product, corrected) to the centre for review: status proposed. */
export const submitVendorProductWorkflow = createWorkflow(
  submitVendorProductWorkflowId,
  (input: SubmitVendorProductWorkflowInput) => {
    const { data: vendors } = useQueryGraphStep({
      entity: "vendor",
      fields: ["id", "status"],
      filters: { id: input.vendor_id },
      options: { throwIfKeyNotFound: true },
    })
    const vendor = transform({ vendors }, ({ vendors }) => vendors[0])
    const product = validateVendorProductStep({ vendor_id: input.vendor_id, product_id: input.product_id })
    validateVendorCanSellStep({ vendor })
    validateProductStatusStep({
      product,
      allowed: [ProductStatus.DRAFT, ProductStatus.REJECTED],
      action: "submitted for review",
    })
    updateProductsWorkflow.runAsStep({
      input: { selector: { id: input.product_id }, update: { status: ProductStatus.PROPOSED } },
    })
    return new WorkflowResponse({ id: input.product_id })
  }
)
