import { model } from "@medusajs/framework/utils"

/** Who made a change for a cooperative: one of its members, or staff of the centre acting for it. */
export const ACTIVITY_ACTOR_TYPES = ["member", "staff"] as const

/**
 * One change made to a cooperative's products, orders, members, profile or certificates: what was
 * done (`action`, e.g. "product.created"), to which record, and by whom. The cooperative's history in
 * Admin and in the portal lists these.
 */
export const VendorActivity = model
  .define("vendor_activity", {
    id: model.id({ prefix: "vact" }).primaryKey(),
    vendor_id: model.text(),
    action: model.text(),
    resource_id: model.text().nullable(),
    actor_type: model.enum([...ACTIVITY_ACTOR_TYPES]),
    actor_id: model.text(),
    // kept as it was at the time: a member may leave, a staff account be removed
    actor_name: model.text().nullable(),
  })
  .indexes([{ on: ["vendor_id", "created_at"] }])
