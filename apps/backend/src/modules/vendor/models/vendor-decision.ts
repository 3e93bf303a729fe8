import { model } from "@medusajs/framework/utils"
import { Vendor } from "./vendor"

export const VENDOR_DECISION_ACTIONS = ["approve", "reject", "suspend", "reinstate"] as const

/** One staff decision on a vendor's status: the audit trail shown in Admin. */
export const VendorDecision = model.define("vendor_decision", {
  id: model.id({ prefix: "vdec" }).primaryKey(),
  action: model.enum([...VENDOR_DECISION_ACTIONS]),
  from_status: model.text(),
  to_status: model.text(),
  reason: model.text().nullable(),
  decided_by: model.text(),
  decided_by_email: model.text().nullable(),
  // a suspension remembers which products it took off which sales channels, so reinstating restores exactly those
  hidden_products: model.json().nullable(),
  vendor: model.belongsTo(() => Vendor, { mappedBy: "decisions" }),
})
