import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { FilterableNotificationProps } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { deliveryStatusFilter } from "../../../lib/messages/delivery-status"
import { asAdminNotification } from "../notifications/helpers"
import { adminNotificationFields } from "../notifications/query-config"
import { AdminGetNotificationsParamsType } from "../notifications/validators"

/**
 * Every message the marketplace sent or tried to send, newest first, by delivery status and channel,
 * for the Admin's Notifications page. Not at GET /admin/notifications: that is Medusa's own route,
 * which the Admin's notification bell reads.
 */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminGetNotificationsParamsType>,
  res: MedusaResponse
) {
  const { status, channel, limit, offset } = req.validatedQuery
  const now = new Date()
  const [rows, count] = await req.scope.resolve(Modules.NOTIFICATION).listAndCountNotifications(
    // `status` is a column the module filters on, though its filter type does not list it
    {
      ...(status ? deliveryStatusFilter(status, now) : {}),
      ...(channel ? { channel } : {}),
    } as FilterableNotificationProps,
    { select: adminNotificationFields, take: limit, skip: offset, order: { created_at: "DESC" } }
  )
  res.json({
    notifications: rows.map((row) => asAdminNotification(row, now)),
    count,
    limit,
    offset,
  })
}
