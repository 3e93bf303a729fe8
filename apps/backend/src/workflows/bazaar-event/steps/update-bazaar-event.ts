import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BAZAAR_EVENT_MODULE } from "../../../modules/bazaar-event"
import type BazaarEventModuleService from "../../../modules/bazaar-event/service"

export type UpdateBazaarEventStepInput = { id: string } & Record<string, unknown>

export const updateBazaarEventStepId = "update-bazaar-event"

/** Updates an event's columns; on failure puts back the previous values of exactly those columns. */
export const updateBazaarEventStep = createStep(
  updateBazaarEventStepId,
  async (input: UpdateBazaarEventStepInput, { container }) => {
    const service: BazaarEventModuleService = container.resolve(BAZAAR_EVENT_MODULE)
    const fields = Object.keys(input).filter((key) => key !== "id")
    const before: Record<string, unknown> = await service.retrieveBazaarEvent(input.id)
    const previous = Object.fromEntries(fields.map((field) => [field, before[field] ?? null]))
    const event = await service.updateBazaarEvents(input)
    return new StepResponse(event, { id: input.id, ...previous })
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const service: BazaarEventModuleService = container.resolve(BAZAAR_EVENT_MODULE)
    await service.updateBazaarEvents(previous)
  }
)
