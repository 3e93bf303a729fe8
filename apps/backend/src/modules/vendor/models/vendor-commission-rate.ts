import { model } from "@medusajs/framework/utils"
import { Vendor } from "./vendor"

/**
 * A commission rate staff set for a cooperative, in force from `effective_from`: for all its
 * products, or for one category's (`category_id`). Rates are never edited: a new one replaces the
 * last from its date, so the history says which rate applied to any order.
 */
export const VendorCommissionRate = model
  .define("vendor_commission_rate", {
    id: model.id({ prefix: "vcom" }).primaryKey(),
    // percent of the goods' total (shipping carries none)
    rate: model.bigNumber(),
    category_id: model.text().nullable(),
    effective_from: model.dateTime(),
    set_by: model.text(),
    note: model.text().nullable(),
    vendor: model.belongsTo(() => Vendor, { mappedBy: "commission_rates" }),
  })
  .indexes([{ on: ["vendor_id", "effective_from"] }])
