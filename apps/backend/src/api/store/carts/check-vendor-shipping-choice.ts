import { PICKUP_OPENS_DAYS_BEFORE, STAND_PICKUP_OPTION_CODE } from "@bazaar/contracts"
import type { VendorShippingGroup } from "./group-shipping-options-by-vendor"

/**
 * Why these delivery options cannot be set on the cart, or null when they can: each must be one of
 * the options of a cooperative that has items in the cart, and a cooperative gets one option.
 * Medusa itself accepts any option valid for the address, even one of a cooperative not in the cart.
 * Pick-up at the stand is chosen only while the cooperative has a stand open for pick-up
 * (`openPickupVendorIds`).
 */
export function checkVendorShippingChoice(
  groups: VendorShippingGroup[],
  optionIds: string[],
  openPickupVendorIds: ReadonlySet<string> = new Set()
): string | null {
  const chosenPerVendor = new Map<string, number>()
  for (const optionId of optionIds) {
    const group = groups.find((candidate) =>
      candidate.shipping_options.some((option) => option.id === optionId)
    )
    if (!group) {
      return `The delivery option ${optionId} does not deliver anything in this cart`
    }
    const option = group.shipping_options.find((candidate) => candidate.id === optionId)
    if (option?.type?.code === STAND_PICKUP_OPTION_CODE && !openPickupVendorIds.has(group.vendor.id)) {
      return `Pick-up at the stand of ${group.vendor.name} is open from ${PICKUP_OPENS_DAYS_BEFORE} days before its bazaar until it ends: choose another delivery`
    }
    const chosen = (chosenPerVendor.get(group.vendor.id) ?? 0) + 1
    if (chosen > 1) {
      return `Choose one delivery option per cooperative: ${group.vendor.name} has two`
    }
    chosenPerVendor.set(group.vendor.id, chosen)
  }
  return null
}
