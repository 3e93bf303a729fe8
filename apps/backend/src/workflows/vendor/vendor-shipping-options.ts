/** The shipping options every cooperative starts with, as the demo seed gives them (docs/orders-and-money.md). */
export const VENDOR_SHIPPING_OPTIONS = [
  {
    code: "home-delivery",
    name: "Livraison à domicile",
    description: "2 à 4 jours ouvrés",
    amount: 35,
  },
  {
    code: "pickup",
    name: "Retrait au centre",
    description: "Au bazar solidaire du centre",
    amount: 0,
  },
] as const

export type VendorShippingOptionsContext = {
  service_zone_id: string
  shipping_profile_id: string
  /** Regions priced in dirhams: each gets the price as a region price too, as in the seed. */
  mad_region_ids: string[]
}

/** Input of Medusa's `createShippingOptionsWorkflow` for a cooperative's home delivery and pick-up, in MAD. */
export function vendorShippingOptionsInput(context: VendorShippingOptionsContext) {
  return VENDOR_SHIPPING_OPTIONS.map((option) => ({
    name: option.name,
    price_type: "flat" as const,
    provider_id: "manual_manual",
    service_zone_id: context.service_zone_id,
    shipping_profile_id: context.shipping_profile_id,
    type: { label: option.name, description: option.description, code: option.code },
    prices: [
      ...context.mad_region_ids.map((region_id) => ({ region_id, amount: option.amount })),
      { currency_code: "mad", amount: option.amount },
    ],
    rules: [
      { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
      { attribute: "is_return", value: "false", operator: "eq" as const },
    ],
  }))
}

/** A shipping profile's name is unique in Medusa: the handle tells two cooperatives of the same name apart. */
export function vendorShippingProfileName(vendor: { name: string; handle: string }): string {
  return `${vendor.name} (${vendor.handle})`
}
