import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { resendNotificationWorkflow } from "../../../../../workflows/notifications/workflows/resend-notification"
import { asAdminNotification } from "../../helpers"
import { adminNotificationFields } from "../../query-config"
import type { AdminResendNotificationType } from "../../validators"

/** Sends a failed message again now; 409 when it was sent meanwhile (a second click). */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminResendNotificationType>,
  res: MedusaResponse
) {
  const id = req.params.id
  await resendNotificationWorkflow(req.scope).run({ input: { id } })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "notification",
    fields: adminNotificationFields,
    filters: { id },
  })
  res.json({ notification: asAdminNotification(data[0]) })
}
