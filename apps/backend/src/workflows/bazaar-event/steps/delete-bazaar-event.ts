import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BAZAAR_EVENT_MODULE } from "../../../modules/bazaar-event"
import type BazaarEventModuleService from "../../../modules/bazaar-event/service"

export const deleteBazaarEventStepId = "delete-bazaar-event"

/** Soft-deletes an event and its stands; restores both on failure. */
export const deleteBazaarEventStep = createStep(
  deleteBazaarEventStepId,
  async (id: string, { container }) => {
    const service: BazaarEventModuleService = container.resolve(BAZAAR_EVENT_MODULE)
    // a miss is a 404 before anything is deleted
    await service.retrieveBazaarEvent(id)
    await service.softDeleteBazaarEvents(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const service: BazaarEventModuleService = container.resolve(BAZAAR_EVENT_MODULE)
    await service.restoreBazaarEvents(id)
  }
)
