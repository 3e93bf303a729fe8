import { z } from "@medusajs/framework/zod"
import { phoneNumber } from "@bazaar/contracts/schemas"
import { text } from "../../utils/common-validators"

/** `POST /vendor/me`: what a member sets about herself (her phone is stored as E.164, +212…). */
export const VendorUpdateMember = z
  .object({
    first_name: text(80).min(1, "Give the first name").optional(),
    last_name: text(80).min(1, "Give the last name").optional(),
    phone: phoneNumber.nullable().optional(),
    sms_opt_in: z.boolean().optional(),
    locale: z.enum(["fr", "ar", "en"]).optional(),
  })
  .strict()
export type VendorUpdateMemberType = z.infer<typeof VendorUpdateMember>
