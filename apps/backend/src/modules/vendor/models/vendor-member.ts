import { model } from "@medusajs/framework/utils"
import { Vendor } from "./vendor"

/** A person who signs in to the cooperative portal on behalf of a vendor (auth actor `vendor`). */
export const VendorMember = model.define("vendor_member", {
  id: model.id({ prefix: "vmem" }).primaryKey(),
  email: model.text().unique(),
  first_name: model.text().nullable(),
  last_name: model.text().nullable(),
  phone: model.text().nullable(),
  role: model.enum(["owner", "member"]).default("member"),
  vendor: model.belongsTo(() => Vendor, { mappedBy: "members" }),
})
