export type CartVendorLine = {
  item_id: string
  vendor: { id: string; handle: string; name: string }
  shipping_profile_id: string | null
  location_ids: string[]
}

export type ListedShippingOption = {
  id: string
  shipping_profile_id?: string | null
  service_zone?: { fulfillment_set?: { location?: { id?: string | null } | null } | null } | null
  [key: string]: unknown
}

export type VendorShippingGroup = {
  vendor: { id: string; handle: string; name: string }
  item_ids: string[]
  shipping_options: ListedShippingOption[]
  selected_shipping_option_id: string | null
}

/**
 * Groups a cart's shipping options by the cooperative that ships them: an option serves a cooperative
 * when it ships that cooperative's shipping profile from one of its stock locations.
 */
export function groupShippingOptionsByVendor(
  lines: CartVendorLine[],
  options: ListedShippingOption[],
  selectedOptionIds: string[]
): VendorShippingGroup[] {
  const groups = new Map<string, VendorShippingGroup & { profiles: Set<string>; locations: Set<string> }>()
  for (const line of lines) {
    const group = groups.get(line.vendor.id) ?? {
      vendor: line.vendor,
      item_ids: [],
      shipping_options: [],
      selected_shipping_option_id: null,
      profiles: new Set<string>(),
      locations: new Set<string>(),
    }
    group.item_ids.push(line.item_id)
    if (line.shipping_profile_id) {
      group.profiles.add(line.shipping_profile_id)
    }
    line.location_ids.forEach((id) => group.locations.add(id))
    groups.set(line.vendor.id, group)
  }
  return [...groups.values()].map(({ profiles, locations, ...group }) => {
    const shipping_options = options.filter((option) => {
      const locationId = option.service_zone?.fulfillment_set?.location?.id
      return (
        !!option.shipping_profile_id &&
        profiles.has(option.shipping_profile_id) &&
        (!locations.size || (!!locationId && locations.has(locationId)))
      )
    })
    const selected = shipping_options.find((option) => selectedOptionIds.includes(option.id))
    return { ...group, shipping_options, selected_shipping_option_id: selected?.id ?? null }
  })
}
