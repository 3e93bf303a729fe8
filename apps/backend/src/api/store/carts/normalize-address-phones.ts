import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { ADDRESS_CITY_MAX_LENGTH } from "@bazaar/contracts"
import { phoneNumber } from "@bazaar/contracts/schemas"
import { fieldErrorsFromIssues } from "../../errors/field-errors"

// "" is how a form clears a field; anything else must be a number the courier (and an SMS) can reach
const addressPhone = z.union([z.literal(""), phoneNumber]).nullish()

// any town (the storefront searches a list and takes an unlisted one as typed): a Moroccan parcel
// needs one, and no town name is longer than the contracts' limit
const addressCity = z.string().trim().max(ADDRESS_CITY_MAX_LENGTH, "The town's name is too long").nullish()

const cartAddress = z
  .object({ phone: addressPhone, city: addressCity, country_code: z.string().nullish() })
  .passthrough()
  .superRefine((address, context) => {
    if (address.country_code?.toLowerCase() === "ma" && !address.city) {
      context.addIssue({ code: "custom", path: ["city"], message: "Give the town of a Moroccan address" })
    }
  })

const CartAddressPhones = z
  .object({ shipping_address: cartAddress.nullish(), billing_address: cartAddress.nullish() })
  .passthrough()

/**
 * Medusa's cart update takes any text as an address's phone and town: ours refuses a phone no one can
 * call and a Moroccan address without a town, with the field named, and stores phones as E.164 (+212…).
 */
export function normalizeAddressPhones(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const result = CartAddressPhones.safeParse(req.body ?? {})
  if (!result.success) {
    const issues = result.error.issues
    return next(
      // "Invalid request:" as Medusa's own validator words it, so the answer's code is validation_failed
      Object.assign(
        new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: ${issues[0]?.message ?? "phone"}`),
        {
          fields: fieldErrorsFromIssues(issues),
        }
      )
    )
  }
  // Medusa's own validator may already have run: its copy is what the route reads
  for (const body of [req.body, (req as { validatedBody?: unknown }).validatedBody]) {
    for (const key of ["shipping_address", "billing_address"] as const) {
      const address = (body as Record<string, { phone?: unknown } | null> | undefined)?.[key]
      const phone = result.data[key]?.phone
      if (address && typeof address === "object" && phone) {
        address.phone = phone
      }
    }
  }
  next()
}
