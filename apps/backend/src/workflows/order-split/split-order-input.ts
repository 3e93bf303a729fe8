import type { BigNumberInput } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import type { CommissionRateRow } from "../commission/commission-rates"
import type { SplitContext, SplitOrder } from "./split-order-by-vendor"

type Item = Omit<SplitOrder["items"][number], "total"> & { total: BigNumberInput | null }
type Method = Omit<SplitOrder["shipping_methods"][number], "total"> & { total: BigNumberInput | null }

/** A placed order as query.graph types it: relations and computed totals nullable, display_id as text. */
export type PlacedOrderRow = Omit<SplitOrder, "display_id" | "items" | "shipping_methods"> & {
  display_id: number | string | null
  items: (Item | null)[] | null
  shipping_methods: (Method | null)[] | null
  payment_collections:
    ({ payment_sessions: ({ provider_id: string; status: string } | null)[] | null } | null)[] | null
}

export type OrderProductRow = {
  id: string
  shipping_profile: { id: string } | null
  categories?: ({ id: string } | null)[] | null
  vendor: {
    id: string
    commission_rate: BigNumberInput | null
    commission_rates?: (CommissionRateRow | null)[] | null
    stock_locations: ({ id: string } | null)[] | null
  } | null
}

export type OrderShippingOptionRow = {
  id: string
  shipping_profile_id: string | null
  service_zone: { fulfillment_set: { location: { id: string } | null } | null } | null
}

function computed(total: BigNumberInput | null, owner: string): BigNumberInput {
  if (total === null) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `${owner} was read without its total`)
  }
  return total
}

/** The order as the split takes it; its totals are computed when the query asks for the order's total. */
export function toSplitOrder(order: PlacedOrderRow): SplitOrder {
  return {
    id: order.id,
    created_at: order.created_at,
    total: order.total,
    // Medusa's order schema names display_id a String; the column is an integer
    display_id: order.display_id == null ? null : Number(order.display_id),
    currency_code: order.currency_code,
    items: (order.items ?? []).flatMap((item) =>
      item ? [{ ...item, total: computed(item.total, `Line item ${item.id}`) }] : []
    ),
    shipping_methods: (order.shipping_methods ?? []).flatMap((method) =>
      method ? [{ ...method, total: computed(method.total, `Shipping method ${method.id}`) }] : []
    ),
  }
}

/** Who sells each product and from where each shipping option ships, and how the order was paid. */
export function toSplitContext(
  order: PlacedOrderRow,
  products: OrderProductRow[],
  options: OrderShippingOptionRow[]
): SplitContext {
  const vendors = new Map<string, SplitContext["vendors"][number]>()
  for (const product of products) {
    if (product.vendor) {
      vendors.set(product.vendor.id, {
        id: product.vendor.id,
        commission_rate: product.vendor.commission_rate,
        commission_rates: (product.vendor.commission_rates ?? []).flatMap((rate) => (rate ? [rate] : [])),
        location_ids: (product.vendor.stock_locations ?? []).flatMap((location) =>
          location ? [location.id] : []
        ),
      })
    }
  }
  const sessions = (order.payment_collections ?? []).flatMap(
    (collection) => collection?.payment_sessions ?? []
  )
  const authorized = sessions.find((session) => session?.status === "authorized") ?? sessions[0]
  return {
    products: products.map((product) => ({
      id: product.id,
      vendor_id: product.vendor?.id ?? null,
      shipping_profile_id: product.shipping_profile?.id ?? null,
      category_ids: (product.categories ?? []).flatMap((category) => (category ? [category.id] : [])),
    })),
    shipping_options: options.map((option) => ({
      id: option.id,
      shipping_profile_id: option.shipping_profile_id ?? null,
      location_id: option.service_zone?.fulfillment_set?.location?.id ?? null,
    })),
    vendors: [...vendors.values()],
    payment_provider_id: authorized?.provider_id ?? null,
  }
}
