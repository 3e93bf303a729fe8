import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const moveLoginEmailStepId = "move-login-email"

/** The email and password login moves to the new address, password unchanged; undone by moving it back. */
export const moveLoginEmailStep = createStep(
  moveLoginEmailStepId,
  async ({ from, to }: { from: string; to: string }, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const [login] = await auth.listProviderIdentities({ provider: "emailpass", entity_id: from })
    await auth.updateProviderIdentities({ id: login.id, entity_id: to })
    return new StepResponse(login.id, { id: login.id, from })
  },
  async (moved, { container }) => {
    if (!moved) {
      return
    }
    await container.resolve(Modules.AUTH).updateProviderIdentities({ id: moved.id, entity_id: moved.from })
  }
)
