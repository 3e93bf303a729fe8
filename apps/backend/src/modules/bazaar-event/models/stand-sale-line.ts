import { model } from "@medusajs/framework/utils"
import { StandSale } from "./stand-sale"

/** One product variant of a stand sale, with the price it had at the time. */
export const StandSaleLine = model.define("stand_sale_line", {
  id: model.id({ prefix: "stsline" }).primaryKey(),
  variant_id: model.text(),
  product_id: model.text(),
  title: model.text(),
  variant_title: model.text().nullable(),
  sku: model.text().nullable(),
  quantity: model.number(),
  unit_price: model.bigNumber(),
  total: model.bigNumber(),
  sale: model.belongsTo(() => StandSale, { mappedBy: "lines" }),
})
