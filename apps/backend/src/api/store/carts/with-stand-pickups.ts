import { STAND_PICKUP_OPTION_CODE, type StandPickupPlace } from "@bazaar/contracts"
import type { ListedShippingOption, VendorShippingGroup } from "./group-shipping-options-by-vendor"

/**
 * Every cooperative has a "pick up at my stand" option; a shopper sees it only while the cooperative
 * holds a stand open for pick-up (`places`, per cooperative), with that stand and its bazaar.
 */
export function withStandPickups<Option extends ListedShippingOption>(
  groups: VendorShippingGroup<Option>[],
  places: ReadonlyMap<string, StandPickupPlace>
): VendorShippingGroup<Option & { stand_pickup?: StandPickupPlace }>[] {
  return groups.map((group) => {
    const place = places.get(group.vendor.id)
    const shipping_options = group.shipping_options.flatMap((option) => {
      if (option.type?.code !== STAND_PICKUP_OPTION_CODE) {
        return [option]
      }
      return place ? [{ ...option, stand_pickup: place }] : []
    })
    const selected = shipping_options.some((option) => option.id === group.selected_shipping_option_id)
    return {
      ...group,
      shipping_options,
      selected_shipping_option_id: selected ? group.selected_shipping_option_id : null,
    }
  })
}
