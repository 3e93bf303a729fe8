import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { expireStorefrontCacheStep } from "../../common/steps/expire-storefront-cache"
import type { StandInput } from "../event-input"
import { ensureStandPickupOptionsStep } from "../steps/ensure-stand-pickup-options"
import { replaceEventStandsStep } from "../steps/replace-event-stands"
import { validateBazaarEventStep } from "../steps/validate-bazaar-event"
import { validateEventStandsStep } from "../steps/validate-event-stands"

export type SetEventStandsWorkflowInput = { event_id: string; stands: StandInput[] }

export const setEventStandsWorkflowId = "set-event-stands"

/** Staff set which approved cooperatives hold which stand at an event (the whole list at once). */
export const setEventStandsWorkflow = createWorkflow(
  setEventStandsWorkflowId,
  (input: SetEventStandsWorkflowInput) => {
    // a missing event is a 404 before anything else
    const check = transform({ input }, ({ input }) => ({ id: input.event_id }))
    validateBazaarEventStep(check)
    validateEventStandsStep(input.stands)
    const stands = replaceEventStandsStep(input)
    ensureStandPickupOptionsStep(input.stands)
    expireStorefrontCacheStep(["events"])
    return new WorkflowResponse(stands)
  }
)
