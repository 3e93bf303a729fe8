import { z } from "@medusajs/framework/zod"

// the bodies are shared with the portal, which checks its form against the same schemas
export {
  VendorCreateProduct,
  VendorUpdateProduct,
  type VendorCreateProductType,
  type VendorUpdateProductType,
} from "@bazaar/contracts/schemas"

export const VendorGetProductsParams = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
    status: z.enum(["draft", "proposed", "published", "rejected"]).optional(),
  })
  .strict()
export type VendorGetProductsParamsType = z.infer<typeof VendorGetProductsParams>
