import type { VendorShippingOption } from "@bazaar/contracts"
import type { CartShippingOption } from "./list-vendor-shipping-groups"

/** What a shopper's page reads of a shipping option Medusa listed for the cart (no zones or rules). */
export function vendorShippingOptionView(option: CartShippingOption): VendorShippingOption {
  return {
    id: option.id,
    name: option.name,
    price_type: option.price_type,
    amount: option.amount,
    is_tax_inclusive: option.is_tax_inclusive,
    insufficient_inventory: option.insufficient_inventory,
    type: option.type
      ? { code: option.type.code, label: option.type.label, description: option.type.description }
      : null,
    stand_pickup: option.stand_pickup ?? null,
  }
}
