import { STAND_PICKUP_OPTION_CODE } from "@bazaar/contracts"
import type { Locale } from "@/lib/constants"
import { format } from "@/lib/i18n/format"
import type { VendorShippingOption } from "@/lib/types/custom-routes"
import { eventDateRange } from "./events"

/** The checkout's words for delivery options (`checkout` in messages/*.json). */
export type ShippingOptionTexts = {
  /** Our names and hints of the option types we know, by type code. */
  shippingTypes: Record<string, string>
  shippingHints: Record<string, string>
  /** "Retrait au stand {stand} — {event}" */
  standPickup: string
  /** "{address}, {city}" */
  standPickupPlace: string
}

/** Whether the shopper collects this parcel at the cooperative's stand at a bazaar. */
export function isStandPickup(option: Pick<VendorShippingOption, "type"> | undefined): boolean {
  return option?.type?.code === STAND_PICKUP_OPTION_CODE
}

/**
 * How the checkout names a delivery option: our own words for the types we know, else the backend's.
 * A pick-up at a stand names the stand, its bazaar, where and when, so she knows where she is going.
 */
export function shippingOptionLabel(
  locale: Locale,
  option: VendorShippingOption,
  texts: ShippingOptionTexts
): { label: string; hint?: string } {
  const place = isStandPickup(option) ? option.stand_pickup : null
  if (place) {
    const { event } = place
    return {
      label: format(texts.standPickup, { stand: place.stand_number, event: event.name }),
      hint: [
        format(texts.standPickupPlace, { address: event.address, city: event.city }),
        eventDateRange(locale, event),
        event.opening_hours,
      ]
        .filter(Boolean)
        .join(" · "),
    }
  }
  const code = option.type?.code
  return {
    label: (code && texts.shippingTypes[code]) || option.type?.label || option.name,
    hint: (code && texts.shippingHints[code]) || option.type?.description || undefined,
  }
}
