import { model } from "@medusajs/framework/utils"
import { StandSaleLine } from "./stand-sale-line"

export const STAND_SALE_PAYMENTS = ["cash", "card"] as const

/**
 * An in-person sale a member records at her cooperative's stand. The stock it took is already gone
 * from the cooperative's location; `idempotency_key` is the portal's key for the sale, unique per
 * cooperative, so a sale queued offline and sent twice exists once.
 */
export const StandSale = model
  .define("stand_sale", {
    id: model.id({ prefix: "stsale" }).primaryKey(),
    event_id: model.text().index("IDX_stand_sale_event_id"),
    // a vendor of the vendor module: modules never import each other, workflows compose them
    vendor_id: model.text().index("IDX_stand_sale_vendor_id"),
    stand_number: model.text(),
    idempotency_key: model.text().nullable(),
    payment: model.enum([...STAND_SALE_PAYMENTS]),
    buyer_phone: model.text().nullable(),
    currency_code: model.text(),
    total: model.bigNumber(),
    commission_rate: model.bigNumber(),
    commission_amount: model.bigNumber(),
    vendor_amount: model.bigNumber(),
    lines: model.hasMany(() => StandSaleLine, { mappedBy: "sale" }),
  })
  .cascades({ delete: ["lines"] })
  .indexes([
    {
      on: ["vendor_id", "idempotency_key"],
      unique: true,
      where: "deleted_at IS NULL AND idempotency_key IS NOT NULL",
    },
  ])
