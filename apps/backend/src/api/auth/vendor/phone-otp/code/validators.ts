import { z } from "@medusajs/framework/zod"
import { phoneNumber } from "@bazaar/contracts/schemas"

/** A member asks for a sign-in code: her phone number, as she types it (normalised to E.164). */
export const AuthRequestPhoneCode = z.object({ phone: phoneNumber }).strict()
export type AuthRequestPhoneCodeType = z.infer<typeof AuthRequestPhoneCode>
