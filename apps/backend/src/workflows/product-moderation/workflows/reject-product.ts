import { ProductStatus } from "@medusajs/framework/utils"
import { updateProductsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { sendNotificationsSafelyStep } from "../../common/steps/send-notifications-safely"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { validateProductStatusStep } from "../steps/validate-product-status"
import { moderationRecord } from "../moderation-record"
import { productNotifications, type ProductWithMembers } from "../product-notifications"

/** `decided_by`: the staff user who sent it back, recorded on the product with the day. */
export type RejectProductWorkflowInput = { product_id: string; reason: string; decided_by?: string }

export const rejectProductWorkflowId = "reject-product"

/** Staff send a proposed product back with a reason the cooperative sees in its portal. */
export const rejectProductWorkflow = createWorkflow(
  rejectProductWorkflowId,
  (input: RejectProductWorkflowInput) => {
    const { data: products } = useQueryGraphStep({
      entity: "product",
      fields: [
        "id",
        "title",
        "status",
        "metadata",
        "vendor.id",
        "vendor.members.email",
        "vendor.members.role",
        "vendor.members.locale",
      ],
      filters: { id: input.product_id },
      options: { throwIfKeyNotFound: true },
    })
    const product = transform({ products }, ({ products }): ProductWithMembers => products[0])
    validateProductStatusStep({ product, allowed: [ProductStatus.PROPOSED], action: "rejected" })

    const update = transform({ product, input }, ({ product, input }) => ({
      id: product.id,
      status: ProductStatus.REJECTED,
      metadata: {
        ...(product.metadata ?? {}),
        rejection_reason: input.reason,
        ...moderationRecord("rejected", input.decided_by),
      },
    }))
    updateProductsWorkflow.runAsStep({ input: { products: [update] } })

    const notifications = transform({ product, input }, ({ product, input }) =>
      productNotifications(product, "product-rejected", input.reason)
    )
    sendNotificationsSafelyStep(notifications)
    return new WorkflowResponse({ id: input.product_id })
  }
)
