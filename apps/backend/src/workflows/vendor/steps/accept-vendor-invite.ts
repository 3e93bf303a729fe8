import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"
import { hashInviteToken } from "../invite-token"

export type AcceptVendorInviteStepInput = { token: string; email: string }

export const acceptVendorInviteStepId = "accept-vendor-invite"

/**
 * Marks an invitation used, after checking it exists, is unused, unexpired and addressed to the
 * email of the login accepting it; un-marks it on failure.
 */
export const acceptVendorInviteStep = createStep(
  acceptVendorInviteStepId,
  async (input: AcceptVendorInviteStepInput, { container }) => {
    const service: VendorModuleService = container.resolve(VENDOR_MODULE)
    const [invite] = await service.listVendorInvites(
      { token_hash: hashInviteToken(input.token) },
      { take: 1 }
    )
    if (!invite || invite.accepted_at) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "This invitation does not exist or was already used")
    }
    if (new Date(invite.expires_at).getTime() < Date.now()) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This invitation has expired: ask for a new one")
    }
    if (invite.email.toLowerCase() !== input.email.toLowerCase()) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "This invitation was sent to another email address: sign up with the address that received it"
      )
    }
    await service.updateVendorInvites({ id: invite.id, accepted_at: new Date() })
    return new StepResponse({ id: invite.id, vendor_id: invite.vendor_id }, invite.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const service: VendorModuleService = container.resolve(VENDOR_MODULE)
    await service.updateVendorInvites({ id, accepted_at: null })
  }
)
