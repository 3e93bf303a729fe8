import "server-only"
import type { Locale } from "@/lib/constants"
import type { StoreVendorOrder } from "@/lib/types/custom-routes"
import type { StoreCustomer, StoreOrder } from "@/lib/types/store"
import { backendFetch } from "@/lib/backend"
import { localizeOrderItems, localizePickupEvents } from "@/lib/shop/orders"
import { httpStatus } from "@/lib/util/http-error"
import { getCustomerToken } from "./cookies"
import { getEventByHandle } from "./events"
import { getLineCatalogue } from "./line-catalogue"

const ORDER_FIELDS = [
  "id",
  "display_id",
  "email",
  "created_at",
  "currency_code",
  "total",
  "item_total",
  "shipping_total",
  "customer_id",
  "*shipping_address",
  "*payment_collections.payments",
  "vendor_order.id",
  "vendor_order.status",
  "vendor_order.total",
  "vendor_order.item_total",
  "vendor_order.shipping_total",
  "vendor_order.tracking_number",
  "vendor_order.carrier",
  "vendor_order.shipped_at",
  "vendor_order.delivered_at",
  "vendor_order.vendor.id",
  "vendor_order.vendor.handle",
  "vendor_order.vendor.name",
  "vendor_order.items.id",
  "vendor_order.items.line_item_id",
  "vendor_order.items.product_id",
  "vendor_order.items.title",
  "vendor_order.items.variant_title",
  "vendor_order.items.thumbnail",
  "vendor_order.items.quantity",
  "vendor_order.items.total",
]

// Where and with which code a part is picked up at a stand: for one order's page only, not the list.
// No "+" as in Medusa's docs: these lists replace its defaults, where a "+" would only be stripped.
const PICKUP_FIELDS = [
  "vendor_order.pickup_code",
  "vendor_order.pickup_stand_number",
  "vendor_order.pickup_event.id",
  "vendor_order.pickup_event.handle",
  "vendor_order.pickup_event.name",
  "vendor_order.pickup_event.address",
  "vendor_order.pickup_event.city",
  "vendor_order.pickup_event.starts_at",
  "vendor_order.pickup_event.ends_at",
]

/**
 * Medusa's order detail returns a list link with one entry as a bare object (`vendor_order: {…}`):
 * pages always get a list.
 */
function withPartsList(order: StoreOrder): StoreOrder {
  const parts = order.vendor_order as StoreOrder["vendor_order"] | StoreVendorOrder | undefined
  return { ...order, vendor_order: parts ? ([] as StoreVendorOrder[]).concat(parts) : [] }
}

/** The names, in the visitor's language, of the bazaars where parts of the order are picked up, by handle. */
async function pickupEventNames(locale: Locale, order: StoreOrder): Promise<Map<string, string>> {
  const handles = new Set((order.vendor_order ?? []).flatMap((part) => part.pickup_event?.handle ?? []))
  // cached like the event's own page: reading it again costs nothing
  const events = await Promise.all([...handles].map((handle) => getEventByHandle(locale, handle)))
  return new Map(events.flatMap((event) => (event ? [[event.handle, event.name] as const] : [])))
}

/** The signed-in customer with their saved addresses, or undefined when signed out or the token expired. */
export async function getCustomer(): Promise<StoreCustomer | undefined> {
  const token = await getCustomerToken()
  if (!token) {
    return undefined
  }
  try {
    const { customer } = await backendFetch<{ customer: StoreCustomer }>("/store/customers/me", {
      token,
      query: { fields: "id,email,first_name,last_name,phone,*addresses" },
    })
    return customer
  } catch (error) {
    if (httpStatus(error) === 401) {
      return undefined
    }
    throw error
  }
}

/** The signed-in customer's orders, newest first. */
export async function listCustomerOrders(locale: Locale): Promise<StoreOrder[]> {
  const token = await getCustomerToken()
  if (!token) {
    return []
  }
  const { orders } = await backendFetch<{ orders: StoreOrder[] }>("/store/orders", {
    token,
    locale,
    query: { fields: ORDER_FIELDS.join(","), order: "-created_at", limit: 50 },
  })
  return orders.map(withPartsList)
}

/**
 * One order with each cooperative's part, or undefined when it does not exist or is not this
 * visitor's: the backend answers only the signed-in customer, or the order's secret (`accessToken`,
 * kept by the browser that placed it, or from the confirmation email's link).
 */
export async function getOrder(
  locale: Locale,
  id: string,
  accessToken?: string
): Promise<StoreOrder | undefined> {
  try {
    const { order } = await backendFetch<{ order: StoreOrder }>(`/store/orders/${encodeURIComponent(id)}`, {
      token: await getCustomerToken(),
      ...(accessToken && { headers: { "x-order-token": accessToken } }),
      locale,
      query: { fields: [...ORDER_FIELDS, ...PICKUP_FIELDS].join(",") },
    })
    const parts = withPartsList(order)
    const productIds = (parts.vendor_order ?? []).flatMap((part) =>
      (part.items ?? []).map((item) => item.product_id)
    )
    const [catalogue, eventNameOf] = await Promise.all([
      getLineCatalogue(
        locale,
        productIds.filter((id): id is string => Boolean(id))
      ),
      pickupEventNames(locale, parts),
    ])
    return localizePickupEvents(localizeOrderItems(parts, catalogue.titleOf), eventNameOf)
  } catch (error) {
    if (httpStatus(error) === 404) {
      return undefined
    }
    throw error
  }
}
