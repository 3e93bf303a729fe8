import { z } from "@medusajs/framework/zod"
import { localizedText, requiredLocalizedText, text } from "../../utils/common-validators"

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
