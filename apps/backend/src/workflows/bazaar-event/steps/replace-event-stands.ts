import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BAZAAR_EVENT_MODULE } from "../../../modules/bazaar-event"
import type BazaarEventModuleService from "../../../modules/bazaar-event/service"
import type { StandInput } from "../event-input"

export type ReplaceEventStandsStepInput = { event_id: string; stands: StandInput[] }

type Previous = { event_id: string; removed: StandInput[]; created: string[] }

export const replaceEventStandsStepId = "replace-event-stands"

/** Makes an event's stands exactly the given list; on failure puts the previous list back. */
export const replaceEventStandsStep = createStep(
  replaceEventStandsStepId,
  async (input: ReplaceEventStandsStepInput, { container }) => {
    const service: BazaarEventModuleService = container.resolve(BAZAAR_EVENT_MODULE)
    const existing = await service.listEventStands({ event_id: input.event_id }, { take: null })
    if (existing.length) {
      // hard delete: the unique indexes would otherwise meet the same numbers again
      await service.deleteEventStands(existing.map((stand) => stand.id))
    }
    const created = input.stands.length
      ? await service.createEventStands(input.stands.map((stand) => ({ ...stand, event_id: input.event_id })))
      : []
    const previous: Previous = {
      event_id: input.event_id,
      removed: existing.map(({ vendor_id, stand_number }) => ({ vendor_id, stand_number })),
      created: created.map((stand) => stand.id),
    }
    return new StepResponse(created, previous)
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const service: BazaarEventModuleService = container.resolve(BAZAAR_EVENT_MODULE)
    if (previous.created.length) {
      await service.deleteEventStands(previous.created)
    }
    if (previous.removed.length) {
      await service.createEventStands(
        previous.removed.map((stand) => ({ ...stand, event_id: previous.event_id }))
      )
    }
  }
)
