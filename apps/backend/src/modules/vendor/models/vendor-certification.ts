import { model } from "@medusajs/framework/utils"
import { Vendor } from "./vendor"

/** A label or certificate a vendor holds (ONSSA, organic, protected origin…), checked by staff. */
export const VendorCertification = model.define("vendor_certification", {
  id: model.id({ prefix: "vcert" }).primaryKey(),
  label: model.text(),
  document_url: model.text().nullable(),
  expires_at: model.dateTime().nullable(),
  verified_by: model.text().nullable(),
  verified_at: model.dateTime().nullable(),
  vendor: model.belongsTo(() => Vendor, { mappedBy: "certifications" }),
})
