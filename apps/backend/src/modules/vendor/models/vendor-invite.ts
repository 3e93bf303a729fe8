import { model } from "@medusajs/framework/utils"
import { Vendor } from "./vendor"

/** An invitation for a person to join a vendor as a member; only the token's hash is stored. */
export const VendorInvite = model.define("vendor_invite", {
  id: model.id({ prefix: "vinv" }).primaryKey(),
  email: model.text(),
  token_hash: model.text().unique(),
  expires_at: model.dateTime(),
  accepted_at: model.dateTime().nullable(),
  invited_by: model.text().nullable(),
  vendor: model.belongsTo(() => Vendor, { mappedBy: "invites" }),
})
