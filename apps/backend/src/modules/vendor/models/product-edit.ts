import { model } from "@medusajs/framework/utils"

export const PRODUCT_EDIT_STATUSES = ["pending", "approved", "rejected"] as const

/**
 * A cooperative's change to a published product that staff review before it goes live (texts,
 * photos, category, variants, prices beyond the allowed change): the published version stays on sale
 * meanwhile. `changes` is the portal's update body, restricted to what differs. One pending edit per
 * product: a new save replaces it.
 */
export const ProductEdit = model
  .define("product_edit", {
    id: model.id({ prefix: "pedit" }).primaryKey(),
    vendor_id: model.text(),
    product_id: model.text(),
    status: model.enum([...PRODUCT_EDIT_STATUSES]).default("pending"),
    changes: model.json(),
    submitted_by: model.text().nullable(),
    decided_by: model.text().nullable(),
    decided_at: model.dateTime().nullable(),
    reason: model.text().nullable(),
  })
  .indexes([
    { on: ["vendor_id"] },
    { on: ["product_id"] },
    { on: ["product_id"], unique: true, where: "status = 'pending' AND deleted_at IS NULL" },
  ])
