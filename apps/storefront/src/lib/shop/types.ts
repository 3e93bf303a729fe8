// Shapes of the shopper's cart, account and orders as the store API returns them (fields we read).

export type StoreAddress = {
  id?: string
  first_name?: string | null
  last_name?: string | null
  phone?: string | null
  address_1?: string | null
  /** The landmark ("près de la mosquée…"): Moroccan couriers find a door by it. */
  address_2?: string | null
  city?: string | null
  postal_code?: string | null
  country_code?: string | null
}

export type StoreLineItem = {
  id: string
  product_id?: string | null
  product_handle?: string | null
  product_title?: string | null
  title: string
  variant_id?: string | null
  variant_title?: string | null
  thumbnail?: string | null
  quantity: number
  unit_price: number
  total?: number | null
  subtotal?: number | null
}

export type StoreCart = {
  id: string
  email?: string | null
  currency_code: string
  region_id?: string | null
  region?: {
    id: string
    currency_code: string
    countries?: { iso_2: string; display_name?: string }[] | null
  } | null
  customer_id?: string | null
  items?: StoreLineItem[] | null
  item_total?: number | null
  shipping_total?: number | null
  tax_total?: number | null
  discount_total?: number | null
  total: number
  shipping_address?: StoreAddress | null
  shipping_methods?: { id: string; shipping_option_id?: string | null; amount?: number | null }[] | null
  payment_collection?: {
    id: string
    payment_sessions?: { id: string; provider_id: string; data?: Record<string, unknown> }[] | null
  } | null
  metadata?: Record<string, unknown> | null
}

export type CartVendor = { id: string; handle: string; name: string }

export type VendorShippingOption = {
  id: string
  name: string
  amount: number | null
  type: { code: string; label: string; description?: string | null } | null
}

export type VendorShippingGroup = {
  vendor: CartVendor
  item_ids: string[]
  shipping_options: VendorShippingOption[]
  selected_shipping_option_id: string | null
}

export type VendorOrderStatus = "pending" | "shipped" | "delivered" | "canceled"

export type StoreVendorOrder = {
  id: string
  status: VendorOrderStatus
  total: number
  item_total: number
  shipping_total: number
  tracking_number?: string | null
  carrier?: string | null
  shipped_at?: string | null
  delivered_at?: string | null
  vendor?: CartVendor | null
  items?:
    | {
        id: string
        line_item_id: string
        product_id?: string | null
        title: string
        variant_title?: string | null
        thumbnail?: string | null
        quantity: number
        total: number
      }[]
    | null
}

export type StoreOrder = {
  id: string
  display_id: number
  email?: string | null
  created_at: string
  currency_code: string
  total: number
  item_total?: number | null
  shipping_total?: number | null
  customer_id?: string | null
  shipping_address?: StoreAddress | null
  payment_collections?: { payments?: { provider_id: string }[] | null }[] | null
  vendor_order?: StoreVendorOrder[] | null
}

export type StoreCustomer = {
  id: string
  email: string
  first_name?: string | null
  last_name?: string | null
  phone?: string | null
  addresses?: StoreAddress[] | null
}
