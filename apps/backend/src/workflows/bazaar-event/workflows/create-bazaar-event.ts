import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { expireStorefrontCacheStep } from "../../common/steps/expire-storefront-cache"
import { upsertTranslationsStep } from "../../common/steps/upsert-translations"
import {
  bazaarEventColumns,
  bazaarEventTranslationLocales,
  type BazaarEventInput,
  type StandInput,
} from "../event-input"
import { createBazaarEventStep, type CreateBazaarEventStepInput } from "../steps/create-bazaar-event"
import { ensureStandPickupOptionsStep } from "../steps/ensure-stand-pickup-options"
import { replaceEventStandsStep } from "../steps/replace-event-stands"
import { validateBazaarEventStep } from "../steps/validate-bazaar-event"
import { validateEventStandsStep } from "../steps/validate-event-stands"

export type CreateBazaarEventWorkflowInput = {
  event: BazaarEventInput &
    Required<Pick<BazaarEventInput, "handle" | "name" | "address" | "city" | "starts_at" | "ends_at">>
  stands?: StandInput[]
}

export const createBazaarEventWorkflowId = "create-bazaar-event"

/** Staff create a bazaar event (texts in fr/ar/en) with its stands, and the shop shows it at once. */
export const createBazaarEventWorkflow = createWorkflow(
  createBazaarEventWorkflowId,
  (input: CreateBazaarEventWorkflowInput) => {
    const stands = transform({ input }, ({ input }) => input.stands ?? [])
    validateBazaarEventStep(input.event)
    validateEventStandsStep(stands)

    const columns = transform(
      { input },
      ({ input }) => bazaarEventColumns(input.event) as CreateBazaarEventStepInput
    )
    const event = createBazaarEventStep(columns)

    const replace = transform({ event, stands }, ({ event, stands }) => ({ event_id: event.id, stands }))
    replaceEventStandsStep(replace)
    ensureStandPickupOptionsStep(stands)

    const translations = transform({ input, event }, ({ input, event }) => [
      {
        reference: "bazaar_event",
        reference_id: event.id,
        locales: bazaarEventTranslationLocales(input.event),
      },
    ])
    upsertTranslationsStep(translations)

    expireStorefrontCacheStep(["events"])
    return new WorkflowResponse(event)
  }
)
