import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BAZAAR_EVENT_MODULE } from "../../../modules/bazaar-event"
import type BazaarEventModuleService from "../../../modules/bazaar-event/service"

export type ValidateBazaarEventStepInput = {
  /** the event being edited; none when creating */
  id?: string
  handle?: string
  starts_at?: Date
  ends_at?: Date
}

export const validateBazaarEventStepId = "validate-bazaar-event"

/** Checks the handle is free and the event ends after it starts (with the stored dates on an edit). */
export const validateBazaarEventStep = createStep(
  validateBazaarEventStepId,
  async (input: ValidateBazaarEventStepInput, { container }) => {
    const service: BazaarEventModuleService = container.resolve(BAZAAR_EVENT_MODULE)
    const current = input.id ? await service.retrieveBazaarEvent(input.id) : undefined
    if (input.handle && input.handle !== current?.handle) {
      const [taken] = await service.listBazaarEvents({ handle: input.handle }, { take: 1 })
      if (taken) {
        throw new MedusaError(
          MedusaError.Types.DUPLICATE_ERROR,
          `An event with the handle "${input.handle}" already exists`
        )
      }
    }
    const startsAt = input.starts_at ?? current?.starts_at
    const endsAt = input.ends_at ?? current?.ends_at
    if (startsAt && endsAt && new Date(endsAt).getTime() < new Date(startsAt).getTime()) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "An event cannot end before it starts")
    }
    return new StepResponse(undefined)
  }
)
