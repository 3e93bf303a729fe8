import { model } from "@medusajs/framework/utils"

/**
 * A product a shopper keeps in their favourites. Plain ids, no module link: a favourite is read with
 * its customer's id and joined to products by the routes, and a deleted product simply stops showing.
 */
export const Favourite = model
  .define("favourite", {
    id: model.id({ prefix: "fav" }).primaryKey(),
    customer_id: model.text().index("IDX_favourite_customer_id"),
    product_id: model.text().index("IDX_favourite_product_id"),
  })
  .indexes([{ on: ["customer_id", "product_id"], unique: true, where: "deleted_at IS NULL" }])
