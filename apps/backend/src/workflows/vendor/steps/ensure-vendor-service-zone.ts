import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type EnsureVendorServiceZoneStepInput = {
  vendor: { name: string; handle: string }
  location_id: string
  shipping_profile_id: string
}

export type VendorServiceZone = {
  service_zone_id: string
  /** The type codes of the options the zone already offers under the vendor's profile. */
  existing_codes: string[]
}

type Created = { location_id: string; fulfillment_set_id: string | null; provider_linked: boolean }

export const ensureVendorServiceZoneStepId = "ensure-vendor-service-zone"

const PROVIDER_ID = "manual_manual"

// query.graph's relations: a list may be missing, and so may each of its rows
type Rows<T> = (T | null)[] | null

type Location = {
  fulfillment_providers?: Rows<{ id: string }>
  fulfillment_sets?: Rows<{
    type: string
    service_zones?: Rows<{
      id: string
      geo_zones?: Rows<{ country_code: string }>
      shipping_options?: Rows<{ shipping_profile_id: string; type?: { code: string } | null }>
    }>
  }>
}

/**
 * Returns the service zone covering Morocco at the vendor's stock location, creating the shipping
 * fulfillment set (and enabling the manual provider there) when the location has none, as the seed does.
 */
export const ensureVendorServiceZoneStep = createStep(
  ensureVendorServiceZoneStepId,
  async (input: EnsureVendorServiceZoneStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const { data } = await query.graph({
      entity: "stock_location",
      fields: [
        "fulfillment_providers.id",
        "fulfillment_sets.type",
        "fulfillment_sets.service_zones.id",
        "fulfillment_sets.service_zones.geo_zones.country_code",
        "fulfillment_sets.service_zones.shipping_options.shipping_profile_id",
        "fulfillment_sets.service_zones.shipping_options.type.code",
      ],
      filters: { id: input.location_id },
    })
    const location: Location = data[0] ?? {}
    const created: Created = {
      location_id: input.location_id,
      fulfillment_set_id: null,
      provider_linked: false,
    }

    if (!(location.fulfillment_providers ?? []).some((provider) => provider?.id === PROVIDER_ID)) {
      await link.create({
        [Modules.STOCK_LOCATION]: { stock_location_id: input.location_id },
        [Modules.FULFILLMENT]: { fulfillment_provider_id: PROVIDER_ID },
      })
      created.provider_linked = true
    }

    const zone = (location.fulfillment_sets ?? [])
      .filter((set) => set?.type === "shipping")
      .flatMap((set) => set?.service_zones ?? [])
      .find((candidate) => (candidate?.geo_zones ?? []).some((geo) => geo?.country_code === "ma"))
    if (zone) {
      const existingCodes = (zone.shipping_options ?? []).flatMap((option) =>
        option?.shipping_profile_id === input.shipping_profile_id && option.type ? [option.type.code] : []
      )
      return new StepResponse<VendorServiceZone, Created>(
        { service_zone_id: zone.id, existing_codes: existingCodes },
        created
      )
    }

    // fulfillment set and service zone names are unique in Medusa: the handle keeps them apart
    const fulfillmentSet = await container.resolve(Modules.FULFILLMENT).createFulfillmentSets({
      name: `${input.vendor.name} — livraison (${input.vendor.handle})`,
      type: "shipping",
      service_zones: [
        {
          name: `${input.vendor.name} — Maroc (${input.vendor.handle})`,
          geo_zones: [{ type: "country", country_code: "ma" }],
        },
      ],
    })
    created.fulfillment_set_id = fulfillmentSet.id
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: input.location_id },
      [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
    })
    return new StepResponse<VendorServiceZone, Created>(
      { service_zone_id: fulfillmentSet.service_zones[0].id, existing_codes: [] },
      created
    )
  },
  async (created, { container }) => {
    if (!created) {
      return
    }
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    if (created.fulfillment_set_id) {
      await link.dismiss({
        [Modules.STOCK_LOCATION]: { stock_location_id: created.location_id },
        [Modules.FULFILLMENT]: { fulfillment_set_id: created.fulfillment_set_id },
      })
      await container.resolve(Modules.FULFILLMENT).deleteFulfillmentSets([created.fulfillment_set_id])
    }
    if (created.provider_linked) {
      await link.dismiss({
        [Modules.STOCK_LOCATION]: { stock_location_id: created.location_id },
        [Modules.FULFILLMENT]: { fulfillment_provider_id: PROVIDER_ID },
      })
    }
  }
)
