import { z } from "zod"
import { PRODUCT_LIMITS } from "../product-limits"
import { localizedText, requiredLocalizedText, text } from "./localized-text"

const limits = PRODUCT_LIMITS

const variantShape = z
  .object({
    id: z.string().trim().max(100).optional(),
    title: text(limits.variant_title).min(1, "Name the variant (e.g. 250 ml)"),
    sku: text(limits.sku).nullish(),
    price_mad: z.number().positive("The price must be above 0").max(limits.price_mad),
    price_eur: z.number().positive("The price must be above 0").max(limits.price_eur),
    stock: z.number().int().min(0, "Stock cannot be negative").max(limits.stock),
  })
  .strict()

const variantsOf = <T extends z.ZodType<{ title: string }>>(variant: T) =>
  z
    .array(variant)
    .min(1, "Add at least one variant")
    .max(limits.variants, `${limits.variants} variants at most`)
    .refine((variants) => new Set(variants.map((v) => v.title.toLowerCase())).size === variants.length, {
      message: "Field 'variants': each variant needs its own name",
    })
const variantsShape = variantsOf(variantShape)

const productShape = {
  title: requiredLocalizedText(limits.title, "title"),
  description: localizedText(limits.description),
  category_id: z.string().trim().min(1).max(100),
  images: z
    .array(z.string().trim().max(2000).url("Field 'images': not a valid photo address"))
    .max(limits.photos, `${limits.photos} photos at most`),
  handmade: z
    .object({
      materials: z.array(text(limits.material).min(1)).max(limits.materials),
      technique: text(limits.technique).nullish(),
      made_to_order: z.boolean(),
      lead_time_days: z
        .number()
        .int()
        .min(limits.lead_time_days.min)
        .max(limits.lead_time_days.max)
        .nullish(),
      one_of_a_kind: z.boolean(),
    })
    .strict(),
  option_title: text(limits.option_title).min(1).optional(),
  variants: variantsShape,
}

/**
 * A one-of-a-kind piece sells once: one variant, with one piece in stock at most (Medusa's stock
 * reservation then refuses a second buyer).
 */
const oneOfAKindSellsOnce = (
  product: { handmade?: { one_of_a_kind: boolean }; variants?: { stock: number }[] },
  ctx: z.RefinementCtx
) => {
  if (product.handmade?.one_of_a_kind && product.variants) {
    if (product.variants.length > 1 || product.variants.some((variant) => variant.stock > 1)) {
      ctx.addIssue({
        code: "custom",
        path: ["variants"],
        message: "Field 'variants': a one-of-a-kind piece has one variant and one piece in stock at most",
      })
    }
  }
}

/** `POST /vendor/products`; status, vendor and sales channels are set by the workflow, never by the body. */
export const VendorCreateProduct = z
  .object({ ...productShape, variants: variantsOf(variantShape.omit({ id: true }).strict()) })
  .strict()
  .superRefine(oneOfAKindSellsOnce)
export type VendorCreateProductType = z.infer<typeof VendorCreateProduct>

/** `POST /vendor/products/:id`: any part of the product; variants with an `id` are edited, the others added. */
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
  .superRefine(oneOfAKindSellsOnce)
export type VendorUpdateProductType = z.infer<typeof VendorUpdateProduct>

/** A whole product as the portal's form sends it, to create (no variant ids) or to update. */
export const VendorProductForm = z
  .object({ ...productShape })
  .strict()
  .superRefine(oneOfAKindSellsOnce)
export type VendorProductBody = z.input<typeof VendorProductForm>
export type VendorVariantBody = VendorProductBody["variants"][number]
