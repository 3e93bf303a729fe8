import { z } from "@medusajs/framework/zod"
import { VENDOR_LEGAL_FORMS } from "../../../modules/vendor/models/vendor"
import { localizedText, requiredLocalizedText, text } from "../../utils/common-validators"

const thisYear = new Date().getFullYear()

const phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ().-]{6,20}$/, "Field 'phone': not a valid phone number")

/** A cooperative's public profile, as it applies; `VendorUpdateProfile` edits the same fields. */
export const vendorProfileShape = {
  name: text(120).min(2, "The name needs at least 2 characters"),
  legal_form: z.enum([...VENDOR_LEGAL_FORMS]),
  odco_number: text(40).nullish(),
  ice: z
    .string()
    .trim()
    .regex(/^\d{15}$/, "Field 'ice': the ICE number has exactly 15 digits")
    .nullish(),
  region: text(100).min(1, "Choose a region"),
  province: text(100).nullish(),
  city: text(100).min(1, "Give the city"),
  founded_year: z.number().int().min(1900).max(thisYear).nullish(),
  members_count: z.number().int().min(1).max(100_000).nullish(),
  women_share: z.number().int().min(0, "Between 0 and 100").max(100, "Between 0 and 100").nullish(),
  tagline: z.union([text(200), localizedText(200)]).nullish(),
  story: requiredLocalizedText(5000, "story"),
  email: z.string().trim().max(200).email("Field 'email': not a valid email address").nullish(),
  phone,
  logo_url: z.string().trim().max(2000).url("Field 'logo_url': not a valid address").nullish(),
}

/** A cooperative's application: its profile and its first member. Status, commission, handle and RIB are not the applicant's to set. */
export const VendorCreateApplication = z
  .object({
    vendor: z.object(vendorProfileShape).strict(),
    member: z
      .object({
        first_name: text(80).min(1, "Give the first name"),
        last_name: text(80).min(1, "Give the last name"),
        phone: phone.nullish(),
      })
      .strict(),
  })
  .strict()
export type VendorCreateApplicationType = z.infer<typeof VendorCreateApplication>
