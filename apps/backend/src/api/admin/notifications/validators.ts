import { z } from "@medusajs/framework/zod"
import { DELIVERY_STATUSES } from "../../../lib/messages/delivery-status"

export const AdminGetNotificationsParams = z
  .object({
    status: z.enum([...DELIVERY_STATUSES]).optional(),
    channel: z.enum(["email", "sms", "feed"]).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict()
export type AdminGetNotificationsParamsType = z.infer<typeof AdminGetNotificationsParams>

export const AdminResendNotification = z.object({}).strict()
export type AdminResendNotificationType = z.infer<typeof AdminResendNotification>
