import { model } from "@medusajs/framework/utils"
import { Vendor } from "./vendor"

/** Who added a certificate: one of the cooperative's members, or staff of the centre. */
export const CERTIFICATION_ADDED_BY = ["member", "staff"] as const

/**
 * A label or certificate a vendor holds (ONSSA, organic, protected origin…). The shop shows it only
 * once staff have checked the document (`verified_at`) and until `expires_at`.
 */
export const VendorCertification = model.define("vendor_certification", {
  id: model.id({ prefix: "vcert" }).primaryKey(),
  label: model.text(),
  // the number printed on the certificate, which staff check with the issuing body
  number: model.text().nullable(),
  // a photo of the certificate, from the portal's photo uploads
  document_url: model.text().nullable(),
  expires_at: model.dateTime().nullable(),
  added_by: model.text().nullable(),
  added_by_type: model.enum([...CERTIFICATION_ADDED_BY]).nullable(),
  verified_by: model.text().nullable(),
  verified_at: model.dateTime().nullable(),
  vendor: model.belongsTo(() => Vendor, { mappedBy: "certifications" }),
})
