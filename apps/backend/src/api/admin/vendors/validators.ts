import { z } from "@medusajs/framework/zod"
import { VENDOR_STATUSES } from "../../../modules/vendor/models/vendor"

export const AdminGetVendorsParams = z
  .object({
    status: z.enum([...VENDOR_STATUSES]).optional(),
    q: z.string().trim().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict()
export type AdminGetVendorsParamsType = z.infer<typeof AdminGetVendorsParams>

const reason = z.string().trim().min(3, "Give a reason of at least 3 characters").max(2000)

/** Rejecting or suspending needs a reason the cooperative will read. */
export const AdminVendorDecisionWithReason = z.object({ reason }).strict()
export type AdminVendorDecisionWithReasonType = z.infer<typeof AdminVendorDecisionWithReason>

/** Approving or reinstating may carry a note. */
export const AdminVendorDecision = z.object({ reason: reason.optional() }).strict()
export type AdminVendorDecisionType = z.infer<typeof AdminVendorDecision>

export const AdminRejectProduct = z.object({ reason }).strict()
export type AdminRejectProductType = z.infer<typeof AdminRejectProduct>

export const AdminGetModerationProductsParams = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict()
export type AdminGetModerationProductsParamsType = z.infer<typeof AdminGetModerationProductsParams>
