import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"
import { INVITE_TTL_DAYS, newInviteToken } from "../invite-token"

export type CreateVendorInviteStepInput = { vendor_id: string; email: string; invited_by: string }

export const createVendorInviteStepId = "create-vendor-invite"

/** Creates an invitation valid for a week and returns it with its clear token (never stored). */
export const createVendorInviteStep = createStep(
  createVendorInviteStepId,
  async (input: CreateVendorInviteStepInput, { container }) => {
    const service: VendorModuleService = container.resolve(VENDOR_MODULE)
    const email = input.email.toLowerCase()
    const [member] = await service.listVendorMembers({ email }, { take: 1 })
    if (member) {
      throw new MedusaError(MedusaError.Types.CONFLICT, `${email} is already a member of a cooperative`)
    }
    const { token, token_hash } = newInviteToken()
    const invite = await service.createVendorInvites({
      vendor_id: input.vendor_id,
      email,
      token_hash,
      invited_by: input.invited_by,
      expires_at: new Date(Date.now() + INVITE_TTL_DAYS * 24 * 3600 * 1000),
    })
    return new StepResponse(
      { id: invite.id, email: invite.email, expires_at: invite.expires_at, token },
      invite.id
    )
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const service: VendorModuleService = container.resolve(VENDOR_MODULE)
    await service.deleteVendorInvites(id)
  }
)
