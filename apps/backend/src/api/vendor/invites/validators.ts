import { z } from "@medusajs/framework/zod"
import { text } from "../../utils/common-validators"

export const VendorCreateInvite = z
  .object({ email: z.string().trim().max(200).email("Field 'email': not a valid email address") })
  .strict()
export type VendorCreateInviteType = z.infer<typeof VendorCreateInvite>

export const VendorAcceptInvite = z
  .object({
    token: z.string().trim().min(10, "The invitation token is missing").max(200),
    first_name: text(80).min(1, "Give the first name"),
    last_name: text(80).min(1, "Give the last name"),
  })
  .strict()
export type VendorAcceptInviteType = z.infer<typeof VendorAcceptInvite>
