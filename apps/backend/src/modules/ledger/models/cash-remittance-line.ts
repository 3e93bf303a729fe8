import { model } from "@medusajs/framework/utils"
import { CashRemittance } from "./cash-remittance"

export const CASH_REMITTANCE_LINE_STATUSES = ["matched", "short", "unknown"] as const

/**
 * One parcel's cash in a remittance: `amount` reached the centre, `fees` the carrier kept. Matched to a
 * part by its tracking number (statements) or by id (counted at the centre); a part's cash has reached
 * the centre once its lines' amount + fees cover its total.
 */
export const CashRemittanceLine = model
  .define("cash_remittance_line", {
    id: model.id({ prefix: "crline" }).primaryKey(),
    // plain ids, like the rest of the ledger: null when the statement names a parcel we do not know
    vendor_order_id: model.text().nullable(),
    vendor_id: model.text().nullable(),
    tracking_number: model.text().nullable(),
    // the CSV line it came from (1 is the header), to find it in the carrier's file
    line_number: model.number().nullable(),
    amount: model.bigNumber(),
    fees: model.bigNumber(),
    match_status: model.enum([...CASH_REMITTANCE_LINE_STATUSES]),
    remittance: model.belongsTo(() => CashRemittance, { mappedBy: "lines" }),
  })
  .indexes([
    { on: ["vendor_order_id"], where: "deleted_at IS NULL" },
    { on: ["vendor_id"], where: "deleted_at IS NULL" },
  ])
