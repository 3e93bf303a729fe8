import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { vendorOrderDeliveryFields, vendorOrderFields } from "./query-config"

/**
 * The vendor order if it belongs to this cooperative; another cooperative's id is a 404 like an
 * unknown one, so ids reveal nothing.
 */
export async function retrieveOwnVendorOrder(scope: MedusaContainer, vendorId: string, id: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "vendor_order",
    fields: vendorOrderFields,
    filters: { id, vendor_id: vendorId },
  })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${id} was not found`)
  }
  return (await withDelivery(scope, data))[0]
}

/**
 * Adds where to deliver (the parent order's address and the shipping methods of this part only) and
 * drops the parent order's id.
 */
export async function withDelivery<T extends { order_id: string; shipping_method_ids?: unknown }>(
  scope: MedusaContainer,
  vendorOrders: T[]
) {
  const orderIds = [...new Set(vendorOrders.map((vendorOrder) => vendorOrder.order_id))]
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = orderIds.length
    ? await query.graph({ entity: "order", fields: vendorOrderDeliveryFields, filters: { id: orderIds } })
    : { data: [] }
  const orderById = new Map(orders.map((order) => [order.id, order]))
  // the parent order's id stays here: with it a member could ask for the other cooperatives' parts
  return vendorOrders.map(({ shipping_method_ids, order_id, ...vendorOrder }) => {
    const order = orderById.get(order_id)
    const mine = new Set(Array.isArray(shipping_method_ids) ? shipping_method_ids : [])
    return {
      ...vendorOrder,
      shipping_address: order?.shipping_address ? deliveryAddress(order.shipping_address) : null,
      shipping_methods: (order?.shipping_methods ?? []).flatMap((method) =>
        method && mine.has(method.id) ? [{ id: method.id, name: method.name }] : []
      ),
    }
  })
}

/** The address as a courier reads it: the checkout's second address line is the landmark. */
function deliveryAddress<A extends { address_2?: string | null }>({ address_2, ...address }: A) {
  return { ...address, landmark: address_2 || null }
}
