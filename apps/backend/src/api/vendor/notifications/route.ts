import { MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { inboxEntry } from "../../../lib/messages/inbox-entry"
import { MEMBER_FEED_CHANNEL } from "../../../lib/messages/member-feed"
import type { VendorRequest } from "../vendor-request"
import type { VendorGetNotificationsParamsType } from "./validators"

/**
 * The signed-in member's inbox, newest first: what the marketplace told her (new orders, decisions,
 * payouts…), hers only — another member of the same cooperative has her own.
 */
export async function GET(
  req: VendorRequest<unknown, VendorGetNotificationsParamsType>,
  res: MedusaResponse
) {
  const { member } = req.vendor_context
  const { locale, created_after, limit, offset } = req.validatedQuery
  const [rows, count] = await req.scope.resolve(Modules.NOTIFICATION).listAndCountNotifications(
    {
      channel: MEMBER_FEED_CHANNEL,
      receiver_id: member.id,
      ...(created_after ? { created_at: { $gt: created_after.toISOString() } } : {}),
    },
    {
      select: ["id", "template", "data", "created_at"],
      take: limit,
      skip: offset,
      order: { created_at: "DESC" },
    }
  )
  res.json({
    notifications: rows.map((row) => inboxEntry(row, locale)),
    count,
    limit,
    offset,
  })
}
