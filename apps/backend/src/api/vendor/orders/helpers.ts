import { ERROR_CODES, leadTimeDays } from "@bazaar/contracts"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { shipBy } from "../../../workflows/order-confirmation/order-confirmation-notification"
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
 * A part collected at the cooperative's stand is handed over with the shopper's code
 * (`POST /vendor/orders/:id/pick-up`), never shipped or marked delivered without it.
 */
export function refuseStandPickup(part: { id: string; display_id?: number | null; pickup_event?: unknown }) {
  if (part.pickup_event) {
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      `Order #${part.display_id} is collected at your stand: type the shopper's code to hand it over`,
      ERROR_CODES.conflict
    )
  }
}

type PartToDeliver = {
  order_id: string
  shipping_method_ids?: unknown
  created_at?: Date | string | null
  pickup_event?: unknown
  items?: ({ product_id?: string | null } | null)[] | null
}

/**
 * Adds where to deliver (the parent order's address and the shipping methods of this part only) and
 * the date it must leave by (`ship_by`: the usual delay, or its slowest made-to-order piece's), and
 * drops the parent order's id.
 */
export async function withDelivery<T extends PartToDeliver>(scope: MedusaContainer, vendorOrders: T[]) {
  const orderIds = [...new Set(vendorOrders.map((vendorOrder) => vendorOrder.order_id))]
  const productIds = [
    ...new Set(
      vendorOrders.flatMap((part) => (part.items ?? []).map((item) => item?.product_id).filter((id) => !!id))
    ),
  ] as string[]
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  // both reads at once: the products' lead times beside the parent orders
  const [ordersRead, productsRead] = await Promise.all([
    orderIds.length
      ? query.graph({ entity: "order", fields: vendorOrderDeliveryFields, filters: { id: orderIds } })
      : undefined,
    productIds.length
      ? query.graph({ entity: "product", fields: ["id", "metadata"], filters: { id: productIds } })
      : undefined,
  ])
  const orders = ordersRead?.data ?? []
  const products = productsRead?.data ?? []
  const orderById = new Map(orders.map((order) => [order.id, order]))
  const leadDaysOf = new Map(products.map((product) => [product.id, leadTimeDays(product.metadata) ?? 0]))
  // the parent order's id stays here: with it a member could ask for the other cooperatives' parts
  return vendorOrders.map(({ shipping_method_ids, order_id, ...vendorOrder }) => {
    const order = orderById.get(order_id)
    const mine = new Set(Array.isArray(shipping_method_ids) ? shipping_method_ids : [])
    const leadDays = Math.max(
      0,
      ...(vendorOrder.items ?? []).map((item) => (item?.product_id && leadDaysOf.get(item.product_id)) || 0)
    )
    return {
      ...vendorOrder,
      // a part collected at the stand is handed over there, never shipped
      ship_by: vendorOrder.pickup_event ? null : shipBy(vendorOrder.created_at, leadDays),
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
