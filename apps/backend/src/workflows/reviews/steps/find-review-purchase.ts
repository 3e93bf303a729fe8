import { ERROR_CODES } from "@bazaar/contracts"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"
import { REVIEW_MODULE } from "../../../modules/review"
import type ReviewModuleService from "../../../modules/review/service"
import { purchaseToReview } from "../review-rules"

export type FindReviewPurchaseStepInput = { customer_id: string; product_id: string }

export type ReviewPurchase = {
  vendor_order_id: string
  vendor_id: string
  author_first_name: string | null
  author_city: string | null
}

export const findReviewPurchaseStepId = "find-review-purchase"

/**
 * The delivered purchase a shopper's review of a product rests on, and how the shop will name her
 * (first name, town). Refuses a shopper who never received the product (400) or already reviewed it
 * (409: she edits that review instead).
 */
export const findReviewPurchaseStep = createStep(
  findReviewPurchaseStepId,
  async (input: FindReviewPurchaseStepInput, { container }) => {
    const reviews = container.resolve<ReviewModuleService>(REVIEW_MODULE)
    const [existing] = await reviews.listProductReviews(
      { customer_id: input.customer_id, product_id: input.product_id },
      { select: ["id"], take: 1 }
    )
    if (existing) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        "You already reviewed this product: edit your review instead",
        ERROR_CODES.conflict
      )
    }
    const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
    const parts = await ledger.listVendorOrders(
      { status: "delivered", items: { product_id: input.product_id } },
      { select: ["id", "vendor_id", "order_id", "delivered_at"] }
    )
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [{ data: orders }, { data: customers }] = await Promise.all([
      parts.length
        ? query.graph({
            entity: "order",
            fields: ["id", "shipping_address.city"],
            filters: { id: parts.map((part) => part.order_id), customer_id: input.customer_id },
          })
        : { data: [] },
      query.graph({ entity: "customer", fields: ["id", "first_name"], filters: { id: input.customer_id } }),
    ])
    const cityOf = new Map<string, string | null>(
      (orders as { id: string; shipping_address?: { city?: string | null } | null }[]).map((order) => [
        order.id,
        order.shipping_address?.city ?? null,
      ])
    )
    const purchase = purchaseToReview(
      parts
        .filter((part) => cityOf.has(part.order_id))
        .map((part) => ({
          vendor_order_id: part.id,
          vendor_id: part.vendor_id,
          delivered_at: part.delivered_at,
          city: cityOf.get(part.order_id) ?? null,
        }))
    )
    return new StepResponse<ReviewPurchase>({
      vendor_order_id: purchase.vendor_order_id,
      vendor_id: purchase.vendor_id,
      author_first_name: customers[0]?.first_name || null,
      author_city: purchase.city,
    })
  }
)
