import { model } from "@medusajs/framework/utils"
import { CashRemittanceLine } from "./cash-remittance-line"

/**
 * Where cash collected at the door came from: a carrier's COD statement, cash counted at the centre, or
 * cash a cooperative that delivered itself kept (it then owes the centre its commission).
 */
export const CASH_REMITTANCE_SOURCES = [
  "carrier_statement",
  "counted_at_centre",
  "kept_by_cooperative",
] as const

/** Cash of cash-on-delivery parts that reached the centre (or stayed with the cooperative), recorded by staff. */
export const CashRemittance = model
  .define("cash_remittance", {
    id: model.id({ prefix: "crem" }).primaryKey(),
    source: model.enum([...CASH_REMITTANCE_SOURCES]),
    carrier: model.text().nullable(),
    // the statement's number or the counting slip's: a statement imported twice is refused
    reference: model.text(),
    // sha-256 of an imported statement's content: the same file is imported once, whatever its reference
    digest: model.text().nullable(),
    received_at: model.dateTime(),
    currency_code: model.text(),
    total: model.bigNumber(),
    fees: model.bigNumber(),
    recorded_by: model.text().nullable(),
    note: model.text().nullable(),
    lines: model.hasMany(() => CashRemittanceLine, { mappedBy: "remittance" }),
  })
  .cascades({ delete: ["lines"] })
  .indexes([
    { on: ["reference"], unique: true, where: "deleted_at IS NULL" },
    { on: ["digest"], unique: true, where: "deleted_at IS NULL AND digest IS NOT NULL" },
  ])
