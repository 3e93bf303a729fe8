import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type LinkMemberLoginStepInput = { auth_identity_id: string; member_id: string }

export const linkMemberLoginStepId = "link-member-login"

/**
 * Makes a login sign in as a vendor member (app_metadata.vendor_id, read into the JWT's actor_id).
 * Core's setAuthAppMetadataStep cannot undo itself here: deleting the key is lost when the metadata
 * is merged, so this step writes null on compensation, which every check treats as "no member".
 */
export const linkMemberLoginStep = createStep(
  linkMemberLoginStepId,
  async (input: LinkMemberLoginStepInput, { container }) => {
    const authService = container.resolve(Modules.AUTH)
    const identity = await authService.retrieveAuthIdentity(input.auth_identity_id)
    if (identity.app_metadata?.vendor_id) {
      throw new MedusaError(MedusaError.Types.CONFLICT, "This account already belongs to a cooperative")
    }
    await authService.updateAuthIdentities({
      id: identity.id,
      app_metadata: { ...(identity.app_metadata ?? {}), vendor_id: input.member_id },
    })
    return new StepResponse(undefined, identity.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const authService = container.resolve(Modules.AUTH)
    const identity = await authService.retrieveAuthIdentity(id)
    await authService.updateAuthIdentities({
      id,
      app_metadata: { ...(identity.app_metadata ?? {}), vendor_id: null },
    })
  }
)
