import { randomInt } from "node:crypto"
import { ERROR_CODES } from "@bazaar/contracts"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { openPickupStands } from "../../../lib/stand-pickup/open-pickup-stands"
import type { VendorOrderDraft } from "../split-order-by-vendor"
import { standPickupVendorIds } from "../stand-pickup-parts"

export type AttachStandPickupsStepInput = {
  drafts: VendorOrderDraft[]
  shipping_methods: { id: string; shipping_option_id?: string | null }[]
  shipping_options: { id: string; type?: { code?: string | null } | null }[]
}

export const attachStandPickupsStepId = "attach-stand-pickups"

/** Six digits from a cryptographic source: a code guessed by chance is one in a million. */
function pickupCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, "0")
}

/**
 * Gives each part collected at a stand its stand, its bazaar and the code the shopper will show. The
 * stand must still be open for pick-up when the order is placed: a bazaar that ended since the shopper
 * chose it refuses the order with a reason instead of promising a stand that is gone.
 */
export const attachStandPickupsStep = createStep(
  attachStandPickupsStepId,
  async (input: AttachStandPickupsStepInput, { container }) => {
    const vendorIds = standPickupVendorIds(input.drafts, input.shipping_methods, input.shipping_options)
    if (!vendorIds.length) {
      return new StepResponse(input.drafts)
    }
    const places = await openPickupStands(container, vendorIds)
    const drafts = input.drafts.map((draft) => {
      if (!vendorIds.includes(draft.vendor_id)) {
        return draft
      }
      const place = places.get(draft.vendor_id)
      if (!place) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          "Pick-up at this cooperative's stand has closed: choose another delivery for its items",
          ERROR_CODES.invalid_request
        )
      }
      return {
        ...draft,
        pickup_event_id: place.event.id,
        pickup_stand_number: place.stand_number,
        pickup_code: pickupCode(),
      }
    })
    return new StepResponse(drafts)
  }
)
