import { ERROR_CODES } from "@bazaar/contracts"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"

export type VendorOrderTransition = "ship" | "deliver" | "cancel" | "refuse" | "cancel_part"

const ALLOWED_FROM: Record<VendorOrderTransition, string[]> = {
  ship: ["pending"],
  // a pick-up at the centre is delivered without being shipped
  deliver: ["pending", "shipped"],
  cancel: ["pending", "shipped", "delivered"],
  // only a parcel on its way can come back refused
  refuse: ["shipped"],
  // a cooperative cancels its own part only before handing it to a carrier
  cancel_part: ["pending"],
}

const PAST: Record<VendorOrderTransition, string> = {
  ship: "shipped",
  deliver: "delivered",
  cancel: "canceled",
  refuse: "marked refused (only a shipped parcel can be)",
  cancel_part: "canceled by its cooperative (only before it is shipped)",
}

export const validateVendorOrderTransitionStepId = "validate-vendor-order-transition"

/** Refuses a move the child order's status does not allow (e.g. delivering twice): 409. */
export const validateVendorOrderTransitionStep = createStep(
  validateVendorOrderTransitionStepId,
  async (input: { vendor_order: { id: string; status: string }; transition: VendorOrderTransition }) => {
    if (!ALLOWED_FROM[input.transition].includes(input.vendor_order.status)) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Vendor order ${input.vendor_order.id} is ${input.vendor_order.status}: it cannot be ${
          PAST[input.transition]
        }`,
        // with a code, the answer keeps this message (src/api/errors/error-handler.ts)
        ERROR_CODES.conflict
      )
    }
  }
)
