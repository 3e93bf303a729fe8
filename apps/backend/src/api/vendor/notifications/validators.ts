import { z } from "@medusajs/framework/zod"
import { MESSAGE_LOCALES } from "../../../lib/messages/layout"

export const VendorGetNotificationsParams = z
  .object({
    /** The portal's language, to show each message in it; the language it was sent in otherwise. */
    locale: z.enum(MESSAGE_LOCALES).optional(),
    /** Only the messages recorded after this moment: the portal's unread count since she last looked. */
    created_after: z.coerce.date().optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict()
export type VendorGetNotificationsParamsType = z.infer<typeof VendorGetNotificationsParams>
