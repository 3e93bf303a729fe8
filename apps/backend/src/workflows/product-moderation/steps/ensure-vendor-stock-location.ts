import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VENDOR_MODULE } from "../../../modules/vendor"

export type EnsureVendorStockLocationStepInput = {
  vendor: { id: string; name: string; city?: string | null; province?: string | null }
}

type Undo = { linked: boolean; created_location_id: string | null; location_id: string }

export const ensureVendorStockLocationStepId = "ensure-vendor-stock-location"

/**
 * Returns the vendor's stock location: the linked one, else the location the demo seed named after
 * the vendor, else a new one in the vendor's city, linked to the store's default sales channel.
 */
export const ensureVendorStockLocationStep = createStep(
  ensureVendorStockLocationStepId,
  async (input: EnsureVendorStockLocationStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const { data } = await query.graph({
      entity: "vendor",
      fields: ["stock_locations.id"],
      filters: { id: input.vendor.id },
    })
    const linkedId = data[0]?.stock_locations?.find((location) => !!location)?.id
    if (linkedId) {
      const undo: Undo = { linked: false, created_location_id: null, location_id: linkedId }
      return new StepResponse(linkedId, undo)
    }

    const stockLocationService = container.resolve(Modules.STOCK_LOCATION)
    let [location] = await stockLocationService.listStockLocations({ name: input.vendor.name }, { take: 1 })
    let created: string | null = null
    if (!location) {
      location = await stockLocationService.createStockLocations({
        name: input.vendor.name,
        address: {
          city: input.vendor.city ?? "",
          province: input.vendor.province ?? "",
          country_code: "ma",
          address_1: "",
        },
      })
      created = location.id
      const [store] = await container.resolve(Modules.STORE).listStores({}, { take: 1 })
      if (store?.default_sales_channel_id) {
        await link.create({
          [Modules.SALES_CHANNEL]: { sales_channel_id: store.default_sales_channel_id },
          [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
        })
      }
    }
    await link.create({
      [VENDOR_MODULE]: { vendor_id: input.vendor.id },
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    })
    const undo: Undo = { linked: true, created_location_id: created, location_id: location.id }
    return new StepResponse(location.id, undo)
  },
  async (undo, { container }) => {
    if (!undo?.linked) {
      return
    }
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    await link.dismiss({
      [Modules.STOCK_LOCATION]: { stock_location_id: undo.location_id },
    })
    if (undo.created_location_id) {
      await container.resolve(Modules.STOCK_LOCATION).deleteStockLocations([undo.created_location_id])
      await link.delete({ [Modules.STOCK_LOCATION]: { stock_location_id: undo.created_location_id } })
    }
  }
)
