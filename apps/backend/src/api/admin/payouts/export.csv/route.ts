import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { payoutsCsv } from "../payouts-csv"
import { AdminExportPayoutsParamsType } from "../validators"

/** Recorded payouts as a CSV for the bank: cooperative, RIB it was paid to, amount, reference. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminExportPayoutsParamsType>,
  res: MedusaResponse
) {
  const { vendor_id, method, from, to } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const paidAt = { ...(from ? { $gte: from } : {}), ...(to ? { $lte: to } : {}) }
  const { data: payouts } = await query.graph({
    entity: "payout",
    fields: ["id", "vendor_id", "amount", "currency_code", "reference", "paid_at", "rib"],
    filters: { method, ...(vendor_id ? { vendor_id } : {}), ...(from || to ? { paid_at: paidAt } : {}) },
    pagination: { order: { paid_at: "ASC" } },
  })
  const vendorIds = [...new Set(payouts.map((payout) => payout.vendor_id))]
  const { data: vendors } = vendorIds.length
    ? await query.graph({ entity: "vendor", fields: ["id", "name"], filters: { id: vendorIds } })
    : { data: [] }
  const nameOf = new Map(vendors.map((vendor) => [vendor.id, vendor.name]))
  const csv = payoutsCsv(
    payouts.map((payout) => ({
      vendor_name: nameOf.get(payout.vendor_id) ?? payout.vendor_id,
      rib: payout.rib,
      amount: Number(payout.amount),
      currency_code: payout.currency_code,
      reference: payout.reference,
      paid_at: payout.paid_at,
    }))
  )
  res.setHeader("content-type", "text/csv; charset=utf-8")
  res.setHeader(
    "content-disposition",
    `attachment; filename="payouts-${new Date().toISOString().slice(0, 10)}.csv"`
  )
  res.send(csv)
}
