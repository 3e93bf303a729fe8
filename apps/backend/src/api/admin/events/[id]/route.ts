import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteBazaarEventWorkflow } from "../../../../workflows/bazaar-event/workflows/delete-bazaar-event"
import { updateBazaarEventWorkflow } from "../../../../workflows/bazaar-event/workflows/update-bazaar-event"
import { retrieveAdminEvent } from "../retrieve-admin-event"
import { AdminUpdateEventType } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ event: await retrieveAdminEvent(req.scope, req.params.id) })
}

/** Edits an event; `stands`, when given, replaces its whole list. */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateEventType>, res: MedusaResponse) {
  const { id } = req.params
  // a miss is a 404 before the workflow runs
  await retrieveAdminEvent(req.scope, id)
  const { stands, ...event } = req.validatedBody
  await updateBazaarEventWorkflow(req.scope).run({ input: { id, event, stands } })
  res.json({ event: await retrieveAdminEvent(req.scope, id) })
}

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { id } = req.params
  await retrieveAdminEvent(req.scope, id)
  await deleteBazaarEventWorkflow(req.scope).run({ input: { id } })
  res.json({ id, object: "bazaar_event", deleted: true })
}
