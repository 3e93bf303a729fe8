import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LEDGER_MODULE } from "../../../../modules/ledger"
import type LedgerModuleService from "../../../../modules/ledger/service"
import { flaggedShoppers } from "../../../../lib/shoppers/refusals"

/** Shoppers who refused several parcels, with whether they must now pay by card. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const ledger = req.scope.resolve<LedgerModuleService>(LEDGER_MODULE)
  const refused = await ledger.listVendorOrders({ status: "refused" }, { select: ["order_id"] })
  const orderIds = [...new Set(refused.map((part) => part.order_id))]
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = orderIds.length
    ? await query.graph({
        entity: "order",
        fields: [
          "id",
          "customer.id",
          "customer.email",
          "customer.first_name",
          "customer.last_name",
          "customer.has_account",
          "customer.metadata",
        ],
        filters: { id: orderIds },
      })
    : { data: [] }
  res.json({
    shoppers: flaggedShoppers(
      refused.map((part) => part.order_id),
      orders as never
    ),
  })
}
