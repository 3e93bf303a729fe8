import { model } from "@medusajs/framework/utils"
import { Vendor } from "./vendor"

/** A person who signs in to the cooperative portal on behalf of a vendor (auth actor `vendor`). */
export const VendorMember = model.define("vendor_member", {
  id: model.id({ prefix: "vmem" }).primaryKey(),
  email: model.text().unique(),
  first_name: model.text().nullable(),
  last_name: model.text().nullable(),
  /** E.164 (+212…): forms normalise it (@bazaar/contracts phoneNumber). */
  phone: model.text().nullable(),
  /** She agreed to receive SMS at `phone` (set from her portal profile); never texted otherwise. */
  sms_opt_in: model.boolean().default(false),
  /** The language she last used the portal in; her messages (email, SMS) are written in it. */
  locale: model.enum(["fr", "ar", "en"]).nullable(),
  role: model.enum(["owner", "member"]).default("member"),
  vendor: model.belongsTo(() => Vendor, { mappedBy: "members" }),
})
