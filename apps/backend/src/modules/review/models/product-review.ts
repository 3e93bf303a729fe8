import { model } from "@medusajs/framework/utils"

export const REVIEW_STATUSES = ["pending", "published", "rejected"] as const

/**
 * A buyer's rating (1–5) and words on a product she received, in the language she wrote them. It
 * waits for staff (`pending`) before the shop shows it; the product's cooperative may answer once,
 * publicly. The shop names the author by her first name and town only, copied here when she writes.
 */
export const ProductReview = model
  .define("product_review", {
    id: model.id({ prefix: "rev" }).primaryKey(),
    // plain ids: modules never import each other, workflows compose them
    product_id: model.text().index("IDX_product_review_product_id"),
    vendor_id: model.text().index("IDX_product_review_vendor_id"),
    customer_id: model.text().index("IDX_product_review_customer_id"),
    // the delivered part the product came in: the purchase the review rests on
    vendor_order_id: model.text(),
    rating: model.number(),
    body: model.text().nullable(),
    locale: model.text().nullable(),
    photo_urls: model.json().nullable(),
    author_first_name: model.text().nullable(),
    author_city: model.text().nullable(),
    status: model.enum([...REVIEW_STATUSES]).default("pending"),
    rejection_reason: model.text().nullable(),
    moderated_at: model.dateTime().nullable(),
    moderated_by: model.text().nullable(),
    reply: model.text().nullable(),
    replied_at: model.dateTime().nullable(),
    replied_by: model.text().nullable(),
  })
  .indexes([
    // one review per bought product per shopper
    { on: ["customer_id", "product_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["product_id", "status"] },
  ])
