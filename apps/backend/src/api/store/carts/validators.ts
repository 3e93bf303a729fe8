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
