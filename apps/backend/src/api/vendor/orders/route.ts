import { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { VendorGetOrdersParamsType } from "./validators"
import { withDelivery } from "./helpers"
import { vendorOrderFields } from "./query-config"
import type { VendorRequest } from "../vendor-request"

/** The caller's cooperative's parts of orders, newest first. */
export async function GET(req: VendorRequest<unknown, VendorGetOrdersParamsType>, res: MedusaResponse) {
  const { vendor } = req.vendor_context
  const { status, limit, offset } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "vendor_order",
    fields: vendorOrderFields,
    filters: { vendor_id: vendor.id, ...(status ? { status } : {}) },
    pagination: { take: limit, skip: offset, order: { created_at: "DESC" } },
  })
  res.json({
    orders: await withDelivery(req.scope, data),
    count: metadata?.count ?? data.length,
    limit,
    offset,
  })
}
