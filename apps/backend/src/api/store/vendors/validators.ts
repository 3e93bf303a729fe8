import { z } from "@medusajs/framework/zod"

export const StoreGetVendorsParams = z
  .object({
    fields: z.string().max(1000).optional(),
    region: z.string().trim().min(1).max(100).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict()
export type StoreGetVendorsParamsType = z.infer<typeof StoreGetVendorsParams>

export const StoreGetVendorParams = z.object({ fields: z.string().max(1000).optional() }).strict()
export type StoreGetVendorParamsType = z.infer<typeof StoreGetVendorParams>
