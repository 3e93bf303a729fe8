import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createBazaarEventWorkflow } from "../../../workflows/bazaar-event/workflows/create-bazaar-event"
import { adminEventFields, retrieveAdminEvent, withStandsAndTranslations } from "./retrieve-admin-event"
import { AdminCreateEventType, AdminGetEventsParamsType } from "./validators"

/** Every bazaar event, the latest first, with its stands and texts in every language. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminGetEventsParamsType>,
  res: MedusaResponse
) {
  const { limit, offset } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "bazaar_event",
    fields: adminEventFields,
    pagination: { take: limit, skip: offset, order: { starts_at: "DESC" } },
  })
  const events = await withStandsAndTranslations(req.scope, data)
  res.json({ events, count: metadata?.count ?? events.length, limit, offset })
}

/** Creates an event, with its stands when given. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateEventType>, res: MedusaResponse) {
  const { stands, ...event } = req.validatedBody
  const { result } = await createBazaarEventWorkflow(req.scope).run({ input: { event, stands } })
  res.status(201).json({ event: await retrieveAdminEvent(req.scope, result.id) })
}
