import { z } from "@medusajs/framework/zod"
import { requiredLocalizedText } from "../../utils/common-validators"
import { vendorProfileShape } from "../applications/validators"

/**
 * What members edit of their cooperative: its public profile (tagline and story in three languages,
 * logo), its contact, and whether its page shows its own impact figures. The cooperative's record (name, legal form, ODCO/ICE numbers,
 * place, members, share of women) is staff's to change (`POST /admin/vendors/:id`): a field of it here
 * is a 400 naming it.
 */
export const VendorUpdateProfile = z
  .object({
    tagline: vendorProfileShape.tagline,
    story: requiredLocalizedText(5000, "story").optional(),
    logo_url: vendorProfileShape.logo_url,
    email: vendorProfileShape.email,
    phone: vendorProfileShape.phone.optional(),
    show_impact: z.boolean().optional(),
  })
  .strict()
export type VendorUpdateProfileType = z.infer<typeof VendorUpdateProfile>
