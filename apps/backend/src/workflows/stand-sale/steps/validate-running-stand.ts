import { ERROR_CODES } from "@bazaar/contracts"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BAZAAR_EVENT_MODULE } from "../../../modules/bazaar-event"
import type BazaarEventModuleService from "../../../modules/bazaar-event/service"

export type ValidateRunningStandStepInput = { event_id: string; vendor_id: string; now?: Date }
export type RunningStand = { event_id: string; event_name: string; stand_number: string }

export const validateRunningStandStepId = "validate-running-stand"

/**
 * A stand sale happens at a running event where the cooperative holds a stand: an unknown event is
 * a 404, an event that has not opened or has closed, or where the cooperative has no stand, a 400.
 */
export const validateRunningStandStep = createStep(
  validateRunningStandStepId,
  async (input: ValidateRunningStandStepInput, { container }) => {
    const events = container.resolve<BazaarEventModuleService>(BAZAAR_EVENT_MODULE)
    const [event] = await events.listBazaarEvents({ id: input.event_id }, { relations: ["stands"] })
    if (!event) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Event with id: ${input.event_id} was not found`)
    }
    const now = input.now ?? new Date()
    if (new Date(event.starts_at) > now || new Date(event.ends_at) < now) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `The event ${event.id} is not running: stand sales are recorded while it is open`,
        ERROR_CODES.invalid_request
      )
    }
    const stand = (event.stands ?? []).find((candidate) => candidate.vendor_id === input.vendor_id)
    if (!stand) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Your cooperative has no stand at the event ${event.id}`,
        ERROR_CODES.invalid_request
      )
    }
    return new StepResponse<RunningStand>({
      event_id: event.id,
      event_name: event.name,
      stand_number: stand.stand_number,
    })
  }
)
