import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { ADDRESS_CITY_MAX_LENGTH, addressFormat, normalizePostcode } from "@bazaar/contracts"
import { phoneNumber } from "@bazaar/contracts/schemas"
import { fieldErrorsFromIssues } from "../../errors/field-errors"

// "" is how a form clears a field; anything else must be a number the courier (and an SMS) can reach
const addressPhone = z.union([z.literal(""), phoneNumber]).nullish()

// any town (the storefront searches a list and takes an unlisted one as typed): a Moroccan parcel
// needs one, and no town name is longer than the contracts' limit
const addressCity = z.string().trim().max(ADDRESS_CITY_MAX_LENGTH, "The town's name is too long").nullish()

const cartAddress = z
  .object({
    phone: addressPhone,
    city: addressCity,
    country_code: z.string().nullish(),
    postal_code: z.string().max(20).nullish(),
    province: z.string().max(100).nullish(),
  })
  .passthrough()
  .superRefine((address, context) => {
    const country = address.country_code?.toLowerCase()
    if (country === "ma" && !address.city) {
      context.addIssue({ code: "custom", path: ["city"], message: "Give the town of a Moroccan address" })
    }
    if (!country || !address.postal_code?.trim()) {
      return
    }
    // a postcode given is checked against its country's shape (docs/shoppers.md → Addresses abroad)
    const format = addressFormat(country)
    const example = format.postcodeExample ? ` (for example ${format.postcodeExample})` : ""
    if (!format.postcode.test(normalizePostcode(country, address.postal_code))) {
      context.addIssue({
        code: "custom",
        path: ["postal_code"],
        message: `"${address.postal_code}" is not a postcode of ${country.toUpperCase()}${example}`,
      })
    }
    const province = address.province?.trim().toUpperCase()
    if (format.province === "required" && (!province || !format.provincePattern?.test(province))) {
      context.addIssue({
        code: "custom",
        path: ["province"],
        message: `Give the province's two letters for ${country.toUpperCase()} (for example ${format.provinceExample})`,
      })
    }
  })

type Where = "shipping_address" | "billing_address" | "body"

const invalid = (issues: z.ZodIssue[]) =>
  // "Invalid request:" as Medusa's own validator words it, so the answer's code is validation_failed
  Object.assign(
    new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: ${issues[0]?.message ?? "address"}`),
    { fields: fieldErrorsFromIssues(issues) }
  )

/**
 * Medusa's cart and address-book routes take any text as an address's phone, town and postcode:
 * ours refuses a phone no one can call, a Moroccan address without a town, a postcode not of its
 * country's shape and an Italian address without its province, with the field named; it stores
 * phones as E.164 (+212…), postcodes as the country's post writes them, an Italian province in capitals. `where` says where the
 * addresses are in the body (the body itself for a saved address).
 */
function checkAddressesAt(where: Where[]) {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const body = (req.body ?? {}) as Record<string, unknown>
    const issues: z.ZodIssue[] = []
    const parsed = new Map<Where, z.infer<typeof cartAddress>>()
    for (const key of where) {
      const address = key === "body" ? body : body[key]
      if (address === undefined || address === null) {
        continue
      }
      const result = cartAddress.safeParse(address)
      if (result.success) {
        parsed.set(key, result.data)
      } else {
        const prefix = key === "body" ? [] : [key]
        issues.push(...result.error.issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] })))
      }
    }
    if (issues.length) {
      return next(invalid(issues))
    }
    // Medusa's own validator may already have run: its copy is what the route reads
    for (const copy of [req.body, (req as { validatedBody?: unknown }).validatedBody]) {
      for (const [key, address] of parsed) {
        const target = (key === "body" ? copy : (copy as Record<string, unknown> | undefined)?.[key]) as
          { phone?: unknown; postal_code?: unknown } | undefined
        if (!target || typeof target !== "object") {
          continue
        }
        if (address.phone) {
          target.phone = address.phone
        }
        if (address.postal_code?.trim()) {
          target.postal_code = normalizePostcode(address.country_code, address.postal_code)
        }
        if (address.province?.trim() && addressFormat(address.country_code).provincePattern) {
          ;(target as { province?: string }).province = address.province.trim().toUpperCase()
        }
      }
    }
    next()
  }
}

/** `POST /store/carts/:id`: its shipping and billing addresses. */
export const checkCartAddresses = checkAddressesAt(["shipping_address", "billing_address"])

/** `POST /store/customers/me/addresses(/:id)`: the address is the body. */
export const checkSavedAddress = checkAddressesAt(["body"])
