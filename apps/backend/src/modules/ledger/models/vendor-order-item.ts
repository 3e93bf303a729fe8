import { model } from "@medusajs/framework/utils"
import { VendorOrder } from "./vendor-order"

/** A line of the parent order that belongs to this cooperative (a snapshot: the parent keeps the truth). */
export const VendorOrderItem = model.define("vendor_order_item", {
  id: model.id({ prefix: "voitem" }).primaryKey(),
  line_item_id: model.text(),
  product_id: model.text().nullable(),
  variant_id: model.text().nullable(),
  title: model.text(),
  variant_title: model.text().nullable(),
  sku: model.text().nullable(),
  thumbnail: model.text().nullable(),
  quantity: model.number(),
  unit_price: model.bigNumber(),
  total: model.bigNumber(),
  vendor_order: model.belongsTo(() => VendorOrder, { mappedBy: "items" }),
})
