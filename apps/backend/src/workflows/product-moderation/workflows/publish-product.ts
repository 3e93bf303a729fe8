import { MedusaError, ProductStatus } from "@medusajs/framework/utils"
import {
  associateProductsWithSalesChannelsStep,
  updateProductsWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { sendNotificationsSafelyStep } from "../../common/steps/send-notifications-safely"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { expireStorefrontCacheStep } from "../../common/steps/expire-storefront-cache"
import { moderationRecord } from "../moderation-record"
import { productNotifications, ProductToModerate } from "../product-notifications"
import { validateProductStatusStep } from "../steps/validate-product-status"
import { validateVendorApprovedStep } from "../steps/validate-vendor-approved"

/** `decided_by`: the staff user who published it, recorded on the product with the day. */
export type PublishProductWorkflowInput = { product_id: string; decided_by?: string }

export const publishProductWorkflowId = "publish-product"

/** Staff publish a proposed product: status published and on sale in the store's default sales channel. */
export const publishProductWorkflow = createWorkflow(
  publishProductWorkflowId,
  (input: PublishProductWorkflowInput) => {
    const { data: products } = useQueryGraphStep({
      entity: "product",
      fields: [
        "id",
        "title",
        "status",
        "metadata",
        "sales_channels.id",
        "vendor.id",
        "vendor.name",
        "vendor.status",
        "vendor.members.email",
        "vendor.members.role",
        "vendor.members.locale",
      ],
      filters: { id: input.product_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "get-product" })
    const product = transform({ products }, ({ products }): ProductToModerate => products[0])
    validateProductStatusStep({ product, allowed: [ProductStatus.PROPOSED], action: "published" })
    validateVendorApprovedStep({ product })

    const { data: stores } = useQueryGraphStep({
      entity: "store",
      fields: ["id", "default_sales_channel_id"],
    }).config({ name: "get-store" })

    const update = transform({ product, input }, ({ product, input }) => {
      const { rejection_reason: _dropped, ...metadata } = product.metadata ?? {}
      return {
        id: product.id,
        status: ProductStatus.PUBLISHED,
        metadata: { ...metadata, ...moderationRecord("published", input.decided_by) },
      }
    })
    updateProductsWorkflow.runAsStep({ input: { products: [update] } })

    const links = transform({ product, stores }, ({ product, stores }) => {
      const channel = stores[0]?.default_sales_channel_id
      if (!channel) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          "The store has no default sales channel to publish to"
        )
      }
      return (product.sales_channels ?? []).some((row) => row?.id === channel)
        ? []
        : [{ product_id: product.id, sales_channel_id: channel }]
    })
    associateProductsWithSalesChannelsStep({ links })

    const notifications = transform({ product }, ({ product }) =>
      productNotifications(product, "product-published", null)
    )
    sendNotificationsSafelyStep(notifications)
    expireStorefrontCacheStep(["products"])
    return new WorkflowResponse({ id: input.product_id })
  }
)
