import { ProductStatus } from "@medusajs/framework/utils"
import { deleteProductsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { validateProductStatusStep } from "../steps/validate-product-status"
import { validateVendorCanSellStep } from "../steps/validate-vendor-can-sell"
import { validateVendorProductStep } from "../steps/validate-vendor-product"

export type DeleteVendorProductWorkflowInput = { vendor_id: string; product_id: string }

export const deleteVendorProductWorkflowId = "delete-vendor-product"

/** A member deletes one of its products that is not on sale; published products are withdrawn by staff. */
export const deleteVendorProductWorkflow = createWorkflow(
  deleteVendorProductWorkflowId,
  (input: DeleteVendorProductWorkflowInput) => {
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
      allowed: [ProductStatus.DRAFT, ProductStatus.PROPOSED, ProductStatus.REJECTED],
      action: "deleted (published products are withdrawn by the centre)",
    })
    deleteProductsWorkflow.runAsStep({ input: { ids: [input.product_id] } })
    return new WorkflowResponse({ id: input.product_id })
  }
)
