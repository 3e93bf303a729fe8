import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** What a member reads of its cooperative's part of an order. */
export const vendorOrderFields = [
  "id",
  "order_id",
  "display_id",
  "status",
  "currency_code",
  "item_total",
  "shipping_total",
  "total",
  "commission_rate",
  "commission_amount",
  "vendor_amount",
  "payment_provider_id",
  "tracking_number",
  "carrier",
  "shipped_at",
  "delivered_at",
  "cash_collected_at",
  "canceled_at",
  "created_at",
  "shipping_method_ids",
  "items.id",
  "items.title",
  "items.variant_title",
  "items.sku",
  "items.thumbnail",
  "items.quantity",
  "items.unit_price",
  "items.total",
]

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

/** Adds where to deliver (the parent order's address and the shipping methods of this part only). */
export async function withDelivery(scope: MedusaContainer, vendorOrders: any[]) {
  if (!vendorOrders.length) {
    return vendorOrders
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "shipping_address.first_name",
      "shipping_address.last_name",
      "shipping_address.address_1",
      // the checkout keeps the shopper's landmark ("near the mosque…") there; couriers need it
      "shipping_address.address_2",
      "shipping_address.city",
      "shipping_address.province",
      "shipping_address.postal_code",
      "shipping_address.country_code",
      "shipping_address.phone",
      "shipping_methods.id",
      "shipping_methods.name",
    ],
    filters: { id: [...new Set(vendorOrders.map((vendorOrder) => vendorOrder.order_id))] },
  })
  const orderById = new Map(orders.map((order: any) => [order.id, order]))
  return vendorOrders.map(({ shipping_method_ids, ...vendorOrder }) => {
    const order = orderById.get(vendorOrder.order_id)
    const mine = new Set<string>(shipping_method_ids ?? [])
    return {
      ...vendorOrder,
      shipping_address: order?.shipping_address ? deliveryAddress(order.shipping_address) : null,
      shipping_methods: (order?.shipping_methods ?? [])
        .filter((method: any) => mine.has(method.id))
        .map((method: any) => ({ id: method.id, name: method.name })),
    }
  })
}

/** The address as a courier reads it: the checkout's second address line is the landmark. */
function deliveryAddress({ address_2, ...address }: Record<string, any>) {
  return { ...address, landmark: address_2 || null }
}
