import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"

export type ValidateNewMemberStepInput = { auth_identity_id: string }

export const validateNewMemberStepId = "validate-new-member"

/**
 * Checks that a freshly registered login is not yet a member of any vendor and returns its email,
 * which comes from the login itself (never from the body, so nobody joins under another's address).
 */
export const validateNewMemberStep = createStep(
  validateNewMemberStepId,
  async (input: ValidateNewMemberStepInput, { container }) => {
    const authService = container.resolve(Modules.AUTH)
    const vendorService: VendorModuleService = container.resolve(VENDOR_MODULE)
    const identity = await authService.retrieveAuthIdentity(input.auth_identity_id, {
      relations: ["provider_identities"],
    })
    if (identity.app_metadata?.vendor_id) {
      throw new MedusaError(MedusaError.Types.CONFLICT, "This account already belongs to a cooperative")
    }
    const email = identity.provider_identities?.find(
      (provider) => provider.provider === "emailpass"
    )?.entity_id
    if (!email) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Register with an email and a password first")
    }
    const [existing] = await vendorService.listVendorMembers({ email }, { take: 1 })
    if (existing) {
      throw new MedusaError(MedusaError.Types.CONFLICT, `${email} is already a member of a cooperative`)
    }
    return new StepResponse({ email: email.toLowerCase() })
  }
)
