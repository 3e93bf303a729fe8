import type { VendorShippingGroup as SharedVendorShippingGroup } from "@bazaar/contracts"
import {
  vendorOfShippingOption,
  type ShippingOptionOwnerCandidate,
} from "../../../lib/shipping/vendor-of-shipping-option"

export type CartVendorLine = {
  item_id: string
  vendor: { id: string; handle: string; name: string }
  shipping_profile_id: string | null
  location_ids: string[]
}

/** Where a shipping option ships from and what it ships, as Medusa lists them for a cart. */
export type ListedShippingOption = {
  id: string
  shipping_profile_id?: string | null
  type?: { code?: string | null } | null
  service_zone?: { fulfillment_set?: { location?: { id?: string | null } | null } | null } | null
}

/** The shared group shape (what the storefront reads), with the options as the backend lists them. */
export type VendorShippingGroup<Option extends ListedShippingOption = ListedShippingOption> =
  SharedVendorShippingGroup<Option>

/**
 * Groups a cart's shipping options by the cooperative that ships them (`vendorOfShippingOption`, the
 * rule the split of a placed order follows too).
 */
export function groupShippingOptionsByVendor<Option extends ListedShippingOption>(
  lines: CartVendorLine[],
  options: Option[],
  selectedOptionIds: string[]
): VendorShippingGroup<Option>[] {
  const groups = new Map<string, VendorShippingGroup<Option> & ShippingOptionOwnerCandidate>()
  for (const line of lines) {
    const group = groups.get(line.vendor.id) ?? {
      id: line.vendor.id,
      vendor: line.vendor,
      item_ids: [],
      shipping_options: [],
      selected_shipping_option_id: null,
      shipping_profile_ids: [],
      location_ids: [],
    }
    group.item_ids.push(line.item_id)
    if (line.shipping_profile_id) {
      group.shipping_profile_ids.push(line.shipping_profile_id)
    }
    group.location_ids.push(...line.location_ids)
    groups.set(line.vendor.id, group)
  }
  const candidates = [...groups.values()]
  const ownerOf = new Map(
    options.map((option) => [
      option.id,
      vendorOfShippingOption(
        {
          shipping_profile_id: option.shipping_profile_id ?? null,
          location_id: option.service_zone?.fulfillment_set?.location?.id ?? null,
        },
        candidates
      ),
    ])
  )
  return candidates.map(({ id, shipping_profile_ids: _profiles, location_ids: _locations, ...group }) => {
    const shipping_options = options.filter((option) => ownerOf.get(option.id) === id)
    const selected = shipping_options.find((option) => selectedOptionIds.includes(option.id))
    return { ...group, shipping_options, selected_shipping_option_id: selected?.id ?? null }
  })
}
