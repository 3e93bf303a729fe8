import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VENDOR_MODULE } from "../../../modules/vendor"
import { vendorShippingProfileName } from "../vendor-shipping-options"

export type EnsureVendorShippingProfileStepInput = { vendor: { id: string; name: string; handle: string } }

export const ensureVendorShippingProfileStepId = "ensure-vendor-shipping-profile"

/**
 * Returns the vendor's own shipping profile (one per cooperative, so a mixed cart holds one shipping
 * method per cooperative), creating and linking it when the vendor has none yet.
 */
export const ensureVendorShippingProfileStep = createStep(
  ensureVendorShippingProfileStepId,
  async (input: EnsureVendorShippingProfileStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "vendor",
      fields: ["shipping_profile.id"],
      filters: { id: input.vendor.id },
    })
    const linked = data[0]?.shipping_profile?.id
    if (linked) {
      return new StepResponse(linked, null)
    }
    const fulfillment = container.resolve(Modules.FULFILLMENT)
    const profile = await fulfillment.createShippingProfiles({
      name: vendorShippingProfileName(input.vendor),
      type: "vendor",
    })
    await container.resolve(ContainerRegistrationKeys.LINK).create({
      [VENDOR_MODULE]: { vendor_id: input.vendor.id },
      [Modules.FULFILLMENT]: { shipping_profile_id: profile.id },
    })
    return new StepResponse(profile.id, { vendor_id: input.vendor.id, shipping_profile_id: profile.id })
  },
  async (created, { container }) => {
    if (!created) {
      return
    }
    await container.resolve(ContainerRegistrationKeys.LINK).dismiss({
      [VENDOR_MODULE]: { vendor_id: created.vendor_id },
      [Modules.FULFILLMENT]: { shipping_profile_id: created.shipping_profile_id },
    })
    await container.resolve(Modules.FULFILLMENT).deleteShippingProfiles([created.shipping_profile_id])
  }
)
