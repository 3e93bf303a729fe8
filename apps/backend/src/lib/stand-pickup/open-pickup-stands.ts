import { isPickupOpen, PICKUP_OPENS_DAYS_BEFORE, type StandPickupPlace } from "@bazaar/contracts"
import type { MedusaContainer } from "@medusajs/framework/types"
import { applyTranslations } from "@medusajs/framework/utils"
import { BAZAAR_EVENT_MODULE } from "../../modules/bazaar-event"
import type BazaarEventModuleService from "../../modules/bazaar-event/service"

const DAY = 24 * 60 * 60 * 1000

type StandRow = {
  vendor_id: string
  stand_number: string
  event: {
    id: string
    handle: string
    name: string
    address: string
    city: string
    starts_at: Date | string
    ends_at: Date | string
    opening_hours?: string | null
  }
}

/** The stand a shopper collects from: of the bazaars open for pick-up, the one that ends first. */
export function pickupStandOf(stands: StandRow[], vendorId: string, now: Date): StandPickupPlace | null {
  const open = stands
    .filter((stand) => stand.vendor_id === vendorId && isPickupOpen(stand.event, now))
    .sort((a, b) => new Date(a.event.ends_at).getTime() - new Date(b.event.ends_at).getTime())
  const stand = open[0]
  if (!stand) {
    return null
  }
  const { event } = stand
  return {
    stand_number: stand.stand_number,
    event: {
      id: event.id,
      handle: event.handle,
      name: event.name,
      address: event.address,
      city: event.city,
      starts_at: new Date(event.starts_at).toISOString(),
      ends_at: new Date(event.ends_at).toISOString(),
      opening_hours: event.opening_hours ?? null,
    },
  }
}

/**
 * Each cooperative's stand open for pick-up now (docs/bazaar-events.md → Pick-up at the stand), in one
 * query; with `locale`, the bazaar's name and hours in that language.
 */
export async function openPickupStands(
  scope: MedusaContainer,
  vendorIds: string[],
  { now = new Date(), locale }: { now?: Date; locale?: string } = {}
): Promise<Map<string, StandPickupPlace>> {
  const places = new Map<string, StandPickupPlace>()
  if (!vendorIds.length) {
    return places
  }
  const events = scope.resolve<BazaarEventModuleService>(BAZAAR_EVENT_MODULE)
  const stands = (await events.listEventStands(
    {
      vendor_id: [...new Set(vendorIds)],
      event: {
        starts_at: { $lte: new Date(now.getTime() + PICKUP_OPENS_DAYS_BEFORE * DAY) },
        ends_at: { $gte: now },
      },
    },
    { relations: ["event"] }
  )) as unknown as StandRow[]
  for (const vendorId of vendorIds) {
    const place = pickupStandOf(stands, vendorId, now)
    if (place) {
      places.set(vendorId, place)
    }
  }
  if (locale && places.size) {
    await applyTranslations({
      localeCode: locale,
      objects: [...places.values()].map((place) => place.event),
      container: scope,
    })
  }
  return places
}
