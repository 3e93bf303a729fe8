import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { vendorOrderFields } from "../../vendor/orders/query-config"

/** A cooperative's part of an order as staff read it, or a 404. */
export async function retrieveAdminVendorOrder(scope: MedusaContainer, id: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "vendor_order",
    fields: [...vendorOrderFields, "vendor_id"],
    filters: { id },
  })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Vendor order with id: ${id} was not found`)
  }
  return data[0]
}
