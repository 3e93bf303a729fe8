import type { StandPickupPlace } from "./stand-pickup"

/** The cooperative of a cart line, an order part or a shipping group. */
export type VendorSummary = { id: string; handle: string; name: string }

/** A delivery option of one cooperative, priced for the cart. */
export type VendorShippingOption = {
  id: string
  name: string
  price_type?: string
  amount: number | null
  is_tax_inclusive?: boolean
  insufficient_inventory?: boolean
  type: { code: string; label: string; description?: string | null } | null
  /** For pick-up at the stand (type code STAND_PICKUP_OPTION_CODE): the stand and its bazaar. */
  stand_pickup?: StandPickupPlace | null
}

/** One cooperative's part of a cart and its delivery options (the backend groups with its own option type). */
export type VendorShippingGroup<Option = VendorShippingOption> = {
  vendor: VendorSummary
  item_ids: string[]
  shipping_options: Option[]
  selected_shipping_option_id: string | null
}

/** `GET /store/carts/:id/vendor-shipping-options`. */
export type StoreVendorShippingOptionsResponse = {
  cart_id: string
  vendors: VendorShippingGroup[]
}
