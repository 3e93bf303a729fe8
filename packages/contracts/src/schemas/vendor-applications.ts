import { z } from "zod"
import { ICE_PATTERN, LEGAL_FORMS, VENDOR_PROFILE_LIMITS } from "../vendor-profile"
import { localizedText, requiredLocalizedText, text } from "./localized-text"
import { phoneNumber } from "./phone"

const limits = VENDOR_PROFILE_LIMITS

// stored as E.164 (+212…), so every number the marketplace keeps can be texted
const phone = phoneNumber

/** A cooperative's public profile, as it applies; `VendorUpdateProfile` edits the same fields. */
export const vendorProfileShape = {
  name: text(limits.name).min(2, "The name needs at least 2 characters"),
  legal_form: z.enum([...LEGAL_FORMS]),
  odco_number: text(limits.odco_number).nullish(),
  ice: z.string().trim().regex(ICE_PATTERN, "Field 'ice': the ICE number has exactly 15 digits").nullish(),
  region: text(100).min(1, "Choose a region"),
  province: text(limits.province).nullish(),
  city: text(limits.city).min(1, "Give the city"),
  // read when the schema loads: a long-running server accepts the new year after a restart
  founded_year: z.number().int().min(1900).max(new Date().getFullYear()).nullish(),
  members_count: z.number().int().min(1).max(100_000).nullish(),
  women_share: z.number().int().min(0, "Between 0 and 100").max(100, "Between 0 and 100").nullish(),
  tagline: z.union([text(limits.tagline), localizedText(limits.tagline)]).nullish(),
  story: requiredLocalizedText(limits.story, "story"),
  email: z.string().trim().max(200).email("Field 'email': not a valid email address").nullish(),
  phone,
  logo_url: z.string().trim().max(2000).url("Field 'logo_url': not a valid address").nullish(),
}

/** `POST /vendor/applications`: a cooperative's profile and its first member. Status, commission, handle and RIB are not the applicant's to set. */
export const VendorCreateApplication = z
  .object({
    vendor: z.object(vendorProfileShape).strict(),
    member: z
      .object({
        first_name: text(limits.first_name).min(1, "Give the first name"),
        last_name: text(limits.last_name).min(1, "Give the last name"),
        phone: phone.nullish(),
      })
      .strict(),
  })
  .strict()

/** What the backend reads after validation. */
export type VendorCreateApplicationType = z.infer<typeof VendorCreateApplication>
/** What a client sends. */
export type VendorCreateApplicationBody = z.input<typeof VendorCreateApplication>
