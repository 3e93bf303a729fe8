import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setEventStandsWorkflow } from "../../../../../workflows/bazaar-event/workflows/set-event-stands"
import { retrieveAdminEvent } from "../../retrieve-admin-event"
import { AdminSetEventStandsType } from "../../validators"

/** Sets the event's whole list of stands: approved cooperatives, each once, each number once. */
export async function POST(req: AuthenticatedMedusaRequest<AdminSetEventStandsType>, res: MedusaResponse) {
  const { id } = req.params
  await retrieveAdminEvent(req.scope, id)
  await setEventStandsWorkflow(req.scope).run({ input: { event_id: id, stands: req.validatedBody.stands } })
  res.json({ event: await retrieveAdminEvent(req.scope, id) })
}
