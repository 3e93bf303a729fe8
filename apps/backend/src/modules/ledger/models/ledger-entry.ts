import { model } from "@medusajs/framework/utils"

export const LEDGER_ENTRY_TYPES = ["sale", "cancellation", "refund", "adjustment"] as const

/**
 * A movement of what the centre owes a cooperative (positive: owed more; negative: a refund or
 * cancellation). `reference` is unique so a retried workflow or replayed event writes it once.
 */
export const LedgerEntry = model
  .define("ledger_entry", {
    id: model.id({ prefix: "lent" }).primaryKey(),
    vendor_id: model.text().index("IDX_ledger_entry_vendor_id"),
    vendor_order_id: model.text().nullable(),
    order_id: model.text().nullable(),
    type: model.enum([...LEDGER_ENTRY_TYPES]),
    amount: model.bigNumber(),
    currency_code: model.text(),
    reference: model.text(),
    description: model.text().nullable(),
  })
  .indexes([{ on: ["reference"], unique: true, where: "deleted_at IS NULL" }])
