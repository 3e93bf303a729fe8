import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"

export const validateSmsConsentStepId = "validate-sms-consent"

/** Agreeing to SMS needs a number to text: the one sent along, or the one already kept. */
export const validateSmsConsentStep = createStep(
  validateSmsConsentStepId,
  async (input: { id: string; phone?: string | null; sms_opt_in?: boolean }, { container }) => {
    if (!input.sms_opt_in) {
      return
    }
    const phone =
      input.phone !== undefined
        ? input.phone
        : (await container.resolve<VendorModuleService>(VENDOR_MODULE).retrieveVendorMember(input.id)).phone
    if (!phone) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Give a phone number to receive messages by SMS (member " + input.id + ")"
      )
    }
  }
)
