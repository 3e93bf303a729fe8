import { z } from "@medusajs/framework/zod"
import { requiredLocalizedText } from "../../utils/common-validators"
import { vendorProfileShape } from "../applications/validators"

/** A partial profile edit: the same fields as the application, all optional. */
export const VendorUpdateProfile = z
  .object({
    ...vendorProfileShape,
    name: vendorProfileShape.name.optional(),
    legal_form: vendorProfileShape.legal_form.optional(),
    region: vendorProfileShape.region.optional(),
    city: vendorProfileShape.city.optional(),
    story: requiredLocalizedText(5000, "story").optional(),
    phone: vendorProfileShape.phone.optional(),
  })
  .strict()
export type VendorUpdateProfileType = z.infer<typeof VendorUpdateProfile>
