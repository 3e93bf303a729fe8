import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BAZAAR_EVENT_MODULE } from "../../../modules/bazaar-event"
import type BazaarEventModuleService from "../../../modules/bazaar-event/service"

export type CreateBazaarEventStepInput = {
  handle: string
  name: string
  description?: string | null
  address: string
  city: string
  map_url?: string | null
  starts_at: Date
  ends_at: Date
  opening_hours?: string | null
}

export const createBazaarEventStepId = "create-bazaar-event"

/** Creates a bazaar event; deletes it again on failure. */
export const createBazaarEventStep = createStep(
  createBazaarEventStepId,
  async (input: CreateBazaarEventStepInput, { container }) => {
    const service: BazaarEventModuleService = container.resolve(BAZAAR_EVENT_MODULE)
    const event = await service.createBazaarEvents(input)
    return new StepResponse(event, event.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const service: BazaarEventModuleService = container.resolve(BAZAAR_EVENT_MODULE)
    await service.deleteBazaarEvents(id)
  }
)
