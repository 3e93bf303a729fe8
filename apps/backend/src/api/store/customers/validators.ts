import { PHONE_PATTERN } from "@bazaar/contracts"
import { z } from "@medusajs/framework/zod"

const name = z.string().trim().min(1, "A name cannot be empty").max(80)

/**
 * What a shopper changes of her own account (`POST /store/customers/me`): her name and phone. Medusa's
 * route also takes `metadata`, where staff keep `card_required` for shoppers who refuse parcels: a
 * shopper could lift it herself, so the route takes nothing else.
 */
export const StoreUpdateOwnCustomer = z
  .object({
    first_name: name.optional(),
    last_name: name.optional(),
    phone: z
      .union([
        z.string().trim().regex(PHONE_PATTERN, "A phone number is digits, spaces and + ( ) . - only"),
        z.literal(""),
        z.null(),
      ])
      .optional(),
  })
  .strict()

/** The shortest password a shopper may choose (the shop's forms ask the same). */
export const MIN_PASSWORD_LENGTH = 8

/** A signed-in password change: the current password, then the new one. */
export const StoreChangePassword = z
  .object({
    current_password: z.string().min(1, "Type your current password"),
    new_password: z
      .string()
      .min(MIN_PASSWORD_LENGTH, `A password has at least ${MIN_PASSWORD_LENGTH} characters`)
      .max(200, "A password has at most 200 characters"),
  })
  .strict()
export type StoreChangePasswordType = z.infer<typeof StoreChangePassword>

/** Deleting one's account is confirmed with the password. */
export const StoreDeleteAccount = z
  .object({ password: z.string().min(1, "Type your password to delete your account") })
  .strict()
export type StoreDeleteAccountType = z.infer<typeof StoreDeleteAccount>

const shopLocale = z.enum(["fr", "ar", "en"]).default("fr")

/** A new email for the account, confirmed with the password; `locale` is the language of the link's page. */
export const StoreChangeEmail = z
  .object({
    email: z.string().trim().email("This does not look like an email address").max(254),
    password: z.string().min(1, "Type your password to change your email"),
    locale: shopLocale,
  })
  .strict()
export type StoreChangeEmailType = z.infer<typeof StoreChangeEmail>

/** The token of the link sent to the new address. */
export const StoreConfirmEmailChange = z
  .object({ token: z.string().min(1).max(2048), locale: shopLocale })
  .strict()
export type StoreConfirmEmailChangeType = z.infer<typeof StoreConfirmEmailChange>
