import { model } from "@medusajs/framework/utils"

/**
 * One photo uploaded through the portal, counted against a daily quota: a cooperative's
 * (`vendor_id`), or before it exists the new login's application logo (`auth_identity_id` only).
 * Also says who put which public file there.
 */
export const VendorUpload = model
  .define("vendor_upload", {
    id: model.id({ prefix: "vupl" }).primaryKey(),
    vendor_id: model.text().nullable(),
    auth_identity_id: model.text(),
    file_id: model.text(),
    bytes: model.number(),
  })
  .indexes([{ on: ["vendor_id"] }, { on: ["auth_identity_id"] }])
