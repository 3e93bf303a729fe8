import { z } from "@medusajs/framework/zod"
import { VENDOR_LEGAL_FORMS } from "../../modules/vendor/models/vendor"

const text = (max: number) => z.string().trim().max(max, `Must be ${max} characters or fewer`)

/** A text in fr/ar/en, each optional; unknown languages are refused. */
export const localizedText = (max: number) =>
  z.object({ fr: text(max).optional(), ar: text(max).optional(), en: text(max).optional() }).strict()

const atLeastOneLanguage = (value: { fr?: string; ar?: string; en?: string }) =>
  !!(value.fr || value.ar || value.en)

// custom messages replace Medusa's "field 'x'" wording, so they name the field themselves
const requiredLocalizedText = (max: number, field: string) =>
  localizedText(max).refine(atLeastOneLanguage, {
    message: `Field '${field}': write it in at least one language (fr, ar or en)`,
  })

const thisYear = new Date().getFullYear()

const vendorProfileShape = {
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
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ().-]{6,20}$/, "Field 'phone': not a valid phone number"),
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
        phone: z
          .string()
          .trim()
          .regex(/^\+?[0-9 ().-]{6,20}$/, "Field 'phone': not a valid phone number")
          .nullish(),
      })
      .strict(),
  })
  .strict()
export type VendorCreateApplicationType = z.infer<typeof VendorCreateApplication>

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

const variantShape = z
  .object({
    id: z.string().trim().max(100).optional(),
    title: text(80).min(1, "Name the variant (e.g. 250 ml)"),
    sku: text(60).nullish(),
    price_mad: z.number().positive("The price must be above 0").max(1_000_000),
    price_eur: z.number().positive("The price must be above 0").max(100_000),
    stock: z.number().int().min(0, "Stock cannot be negative").max(100_000),
  })
  .strict()

const variantsOf = <T extends z.ZodType<{ title: string }>>(variant: T) =>
  z
    .array(variant)
    .min(1, "Add at least one variant")
    .max(20, "20 variants at most")
    .refine((variants) => new Set(variants.map((v) => v.title.toLowerCase())).size === variants.length, {
      message: "Field 'variants': each variant needs its own name",
    })
const variantsShape = variantsOf(variantShape)

const productShape = {
  title: requiredLocalizedText(200, "title"),
  description: localizedText(5000),
  category_id: z.string().trim().min(1).max(100),
  images: z
    .array(z.string().trim().max(2000).url("Field 'images': not a valid photo address"))
    .max(8, "8 photos at most"),
  handmade: z
    .object({
      materials: z.array(text(60).min(1)).max(20),
      technique: text(200).nullish(),
      made_to_order: z.boolean(),
      lead_time_days: z.number().int().min(1).max(365).nullish(),
      one_of_a_kind: z.boolean(),
    })
    .strict(),
  option_title: text(40).min(1).optional(),
  variants: variantsShape,
}

/** A new product from the portal; status, vendor and sales channels are set by the workflow, never by the body. */
export const VendorCreateProduct = z
  .object({ ...productShape, variants: variantsOf(variantShape.omit({ id: true }).strict()) })
  .strict()
export type VendorCreateProductType = z.infer<typeof VendorCreateProduct>

export const VendorUpdateProduct = z
  .object({
    title: productShape.title.optional(),
    description: productShape.description.optional(),
    category_id: productShape.category_id.optional(),
    images: productShape.images.optional(),
    handmade: productShape.handmade.optional(),
    option_title: productShape.option_title,
    variants: variantsShape.optional(),
  })
  .strict()
export type VendorUpdateProductType = z.infer<typeof VendorUpdateProduct>

export const VendorGetProductsParams = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
    status: z.enum(["draft", "proposed", "published", "rejected"]).optional(),
  })
  .strict()
export type VendorGetProductsParamsType = z.infer<typeof VendorGetProductsParams>

export const VendorEmptyParams = z.object({}).strict()
