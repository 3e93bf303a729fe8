import { z } from "@medusajs/framework/zod"

export const AdminRefuseVendorOrder = z
  .object({ reason: z.string().trim().min(1).max(300).nullish() })
  .strict()
export type AdminRefuseVendorOrderType = z.infer<typeof AdminRefuseVendorOrder>

export const AdminCancelVendorOrder = z.object({ reason: z.string().trim().min(3).max(300) }).strict()
export type AdminCancelVendorOrderType = z.infer<typeof AdminCancelVendorOrder>
