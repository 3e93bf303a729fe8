import { STAND_PICKUP_OPTION_CODE } from "@bazaar/contracts"

/**
 * The shipping options every cooperative starts with, as the demo seed gives them (docs/orders-and-money.md).
 * Pick-up at the stand is listed to shoppers only while the cooperative has a stand at a bazaar open
 * for pick-up (docs/bazaar-events.md).
 */
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
  {
    code: STAND_PICKUP_OPTION_CODE,
    name: "Retrait au stand",
    description: "Au stand de la coopérative, pendant le bazar",
    amount: 0,
  },
] as const

/** The id of the workflow that sets a cooperative's shipping up (`setUpVendorShippingWorkflow`). */
export const setUpVendorShippingWorkflowId = "set-up-vendor-shipping"

export type VendorShippingOptionsContext = {
  service_zone_id: string
  shipping_profile_id: string
  /** Regions priced in dirhams: each gets the price as a region price too, as in the seed. */
  mad_region_ids: string[]
  /** The type codes of the options the cooperative already has there: only the others are added. */
  existing_codes?: string[]
}

/**
 * Input of Medusa's `createShippingOptionsWorkflow` for the cooperative's options it lacks (home
 * delivery, pick-up at the centre, pick-up at its stand), in MAD.
 */
export function vendorShippingOptionsInput(context: VendorShippingOptionsContext) {
  const existing = new Set(context.existing_codes ?? [])
  return VENDOR_SHIPPING_OPTIONS.filter((option) => !existing.has(option.code)).map((option) => ({
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
