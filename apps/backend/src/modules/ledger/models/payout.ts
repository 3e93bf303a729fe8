import { model } from "@medusajs/framework/utils"

export const PAYOUT_METHODS = ["bank_transfer", "cash"] as const

/** Money the centre paid a cooperative, recorded by staff with the bank reference and a proof. */
export const Payout = model
  .define("payout", {
    // "pay" is Medusa's payment prefix
    id: model.id({ prefix: "vpay" }).primaryKey(),
    vendor_id: model.text().index("IDX_payout_vendor_id"),
    amount: model.bigNumber(),
    currency_code: model.text(),
    paid_at: model.dateTime(),
    reference: model.text(),
    method: model.enum([...PAYOUT_METHODS]),
    proof_url: model.text().nullable(),
    // the RIB the transfer went to, kept as it was: the vendor may change it later
    rib: model.text().nullable(),
    recorded_by: model.text().nullable(),
    // what staff want to remember about it (e.g. "paid at the centre to the treasurer")
    note: model.text().nullable(),
  })
  .indexes([{ on: ["vendor_id", "reference"], unique: true, where: "deleted_at IS NULL" }])
