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
