import { z } from "@medusajs/framework/zod"

/** One shipping option per cooperative in the cart, chosen together. */
export const StoreSetVendorShippingMethods = z
  .object({
    option_ids: z
      .array(z.string().min(1).max(100))
      .min(1)
      .max(50)
      .refine((ids) => new Set(ids).size === ids.length, "The same delivery option is chosen twice"),
  })
  .strict()

export type StoreSetVendorShippingMethodsType = z.infer<typeof StoreSetVendorShippingMethods>

/**
 * `GET /store/carts/:id/checkout`: the answer's fields are fixed (what the checkout shows); only the
 * language may be chosen, here or with Medusa's `x-medusa-locale` header.
 */
export const StoreGetCheckoutCart = z
  .object({
    locale: z
      .string()
      .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, "locale must be a language code such as fr, ar or en")
      .optional(),
  })
  .strict()

export type StoreGetCheckoutCartType = z.infer<typeof StoreGetCheckoutCart>
