import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { expireStorefrontCacheStep } from "../../common/steps/expire-storefront-cache"
import { upsertTranslationsStep } from "../../common/steps/upsert-translations"
import {
  bazaarEventColumns,
  bazaarEventTranslationLocales,
  type BazaarEventInput,
  type StandInput,
} from "../event-input"
import { ensureStandPickupOptionsStep } from "../steps/ensure-stand-pickup-options"
import { replaceEventStandsStep } from "../steps/replace-event-stands"
import { updateBazaarEventStep } from "../steps/update-bazaar-event"
import { validateBazaarEventStep } from "../steps/validate-bazaar-event"
import { validateEventStandsStep } from "../steps/validate-event-stands"

export type UpdateBazaarEventWorkflowInput = {
  id: string
  event: BazaarEventInput
  /** when given, the event's whole list of stands */
  stands?: StandInput[]
}

export const updateBazaarEventWorkflowId = "update-bazaar-event"

/** Staff edit an event's texts, place, dates and (when given) its whole list of stands. */
export const updateBazaarEventWorkflow = createWorkflow(
  updateBazaarEventWorkflowId,
  (input: UpdateBazaarEventWorkflowInput) => {
    const check = transform({ input }, ({ input }) => ({ id: input.id, ...input.event }))
    validateBazaarEventStep(check)
    const stands = transform({ input }, ({ input }) => input.stands ?? [])
    validateEventStandsStep(stands)

    const columns = transform({ input }, ({ input }) => ({
      id: input.id,
      ...bazaarEventColumns(input.event),
    }))
    const event = updateBazaarEventStep(columns)

    when("replace-stands-when-given", { input }, ({ input }) => input.stands !== undefined).then(() => {
      const replace = transform({ input }, ({ input }) => ({
        event_id: input.id,
        stands: input.stands ?? [],
      }))
      replaceEventStandsStep(replace)
      ensureStandPickupOptionsStep(stands)
    })

    const translations = transform({ input }, ({ input }) => [
      {
        reference: "bazaar_event",
        reference_id: input.id,
        locales: bazaarEventTranslationLocales(input.event),
      },
    ])
    upsertTranslationsStep(translations)

    expireStorefrontCacheStep(["events"])
    return new WorkflowResponse(event)
  }
)
