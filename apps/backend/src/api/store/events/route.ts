import { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { applyTranslations, ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { eventTiming } from "../../../workflows/bazaar-event/event-input"
import { storeEventFields } from "./query-config"
import { StoreGetEventsParamsType } from "./validators"

/**
 * Bazaar events: by default those running or still to come, soonest first; `when=past` lists
 * the ended ones, latest first. Each says whether it runs now and how many cooperatives it has.
 */
export async function GET(req: MedusaStoreRequest<unknown, StoreGetEventsParamsType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { when, limit, offset } = req.validatedQuery
  const now = new Date()
  const { data, metadata } = await query.graph({
    entity: "bazaar_event",
    fields: [...storeEventFields, "stands.id"],
    filters: when === "past" ? { ends_at: { $lt: now } } : { ends_at: { $gte: now } },
    pagination: { take: limit, skip: offset, order: { starts_at: when === "past" ? "DESC" : "ASC" } },
  })
  const events = data.map(({ stands, ...event }) => ({
    ...event,
    timing: eventTiming(event, now),
    cooperatives_count: (stands ?? []).length,
  }))
  await applyTranslations({ localeCode: req.locale, objects: events, container: req.scope })
  res.json({ events, count: metadata?.count ?? events.length, limit, offset })
}
