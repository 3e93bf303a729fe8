import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"

export type RemoveVendorMemberStepInput = { vendor_id: string; member_id: string; removed_by: string }

export const removeVendorMemberStepId = "remove-vendor-member"

/**
 * Removes a member from the caller's vendor (owners only, never oneself) and unlinks its login;
 * restores both on failure. A member of another vendor is a 404, like an unknown id.
 */
export const removeVendorMemberStep = createStep(
  removeVendorMemberStepId,
  async (input: RemoveVendorMemberStepInput, { container }) => {
    const service: VendorModuleService = container.resolve(VENDOR_MODULE)
    const [remover] = await service.listVendorMembers(
      { id: input.removed_by, vendor_id: input.vendor_id },
      { take: 1 }
    )
    const [member] = await service.listVendorMembers(
      { id: input.member_id, vendor_id: input.vendor_id },
      { take: 1 }
    )
    if (!member) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Member ${input.member_id} was not found`)
    }
    if (remover?.role !== "owner") {
      throw new MedusaError(MedusaError.Types.FORBIDDEN, "Only the cooperative's owner can remove members")
    }
    if (member.id === remover.id) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "You cannot remove yourself")
    }
    const authIds = await unlinkLogins(container, member.id, member.email)
    await service.softDeleteVendorMembers([member.id])
    return new StepResponse(member, { member_id: member.id, auth_identity_ids: authIds })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const service: VendorModuleService = container.resolve(VENDOR_MODULE)
    await service.restoreVendorMembers([undo.member_id])
    const authService = container.resolve(Modules.AUTH)
    for (const id of undo.auth_identity_ids) {
      const identity = await authService.retrieveAuthIdentity(id)
      await authService.updateAuthIdentities({
        id,
        app_metadata: { ...(identity.app_metadata ?? {}), vendor_id: undo.member_id },
      })
    }
  }
)

/** Clears the member from the logins that act for it (found by the member's email, checked by id). */
async function unlinkLogins(container: MedusaContainer, memberId: string, email: string): Promise<string[]> {
  const authService = container.resolve(Modules.AUTH)
  const providers = await authService.listProviderIdentities({ entity_id: email })
  const ids: string[] = []
  for (const authIdentityId of new Set(providers.flatMap((provider) => provider.auth_identity_id ?? []))) {
    const identity = await authService.retrieveAuthIdentity(authIdentityId)
    if (identity.app_metadata?.vendor_id === memberId) {
      await authService.updateAuthIdentities({
        id: identity.id,
        app_metadata: { ...identity.app_metadata, vendor_id: null },
      })
      ids.push(identity.id)
    }
  }
  return ids
}
