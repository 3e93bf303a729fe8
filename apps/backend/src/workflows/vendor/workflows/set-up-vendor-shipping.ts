import { createShippingOptionsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ensureVendorStockLocationStep } from "../../product-moderation/steps/ensure-vendor-stock-location"
import { ensureVendorServiceZoneStep } from "../steps/ensure-vendor-service-zone"
import { ensureVendorShippingProfileStep } from "../steps/ensure-vendor-shipping-profile"
import { setUpVendorShippingWorkflowId, vendorShippingOptionsInput } from "../vendor-shipping-options"

export type SetUpVendorShippingWorkflowInput = { vendor_id: string }

export type VendorShipping = { location_id: string; shipping_profile_id: string }

export { setUpVendorShippingWorkflowId }

type ShippingVendor = {
  id: string
  name: string
  handle: string
  city: string | null
  province: string | null
}

/**
 * Gives a cooperative what its products need to be bought: its stock location, its own shipping
 * profile, and home delivery, pick-up at the centre and at its stand in MAD. Each part is kept when it
 * exists, so running it again (approval, a first product, a stand at a bazaar) adds nothing twice.
 */
export const setUpVendorShippingWorkflow = createWorkflow(
  setUpVendorShippingWorkflowId,
  (input: SetUpVendorShippingWorkflowInput) => {
    const { data: vendors } = useQueryGraphStep({
      entity: "vendor",
      fields: ["id", "name", "handle", "city", "province"],
      filters: { id: input.vendor_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "get-vendor-for-shipping" })
    const vendor = transform({ vendors }, ({ vendors }): ShippingVendor => vendors[0])

    const locationId = ensureVendorStockLocationStep({ vendor })
    const shippingProfileId = ensureVendorShippingProfileStep({ vendor })
    const zone = ensureVendorServiceZoneStep({
      vendor,
      location_id: locationId,
      shipping_profile_id: shippingProfileId,
    })

    const { data: regions } = useQueryGraphStep({
      entity: "region",
      fields: ["id"],
      filters: { currency_code: "mad" },
    }).config({ name: "get-mad-regions" })

    const options = transform({ zone, shippingProfileId, regions }, ({ zone, shippingProfileId, regions }) =>
      vendorShippingOptionsInput({
        service_zone_id: zone.service_zone_id,
        shipping_profile_id: shippingProfileId,
        mad_region_ids: regions.map((region: { id: string }) => region.id),
        existing_codes: zone.existing_codes,
      })
    )
    when("add-missing-shipping-options", { options }, ({ options }) => options.length > 0).then(() => {
      createShippingOptionsWorkflow.runAsStep({ input: options })
    })

    const result = transform(
      { locationId, shippingProfileId },
      ({ locationId, shippingProfileId }): VendorShipping => ({
        location_id: locationId,
        shipping_profile_id: shippingProfileId,
      })
    )
    return new WorkflowResponse(result)
  }
)
