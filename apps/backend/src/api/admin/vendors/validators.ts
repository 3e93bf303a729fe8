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

/**
 * Where bank-transfer payouts go. Set by staff only, after checking with the cooperative: a member
 * account that could change it could send the cooperative's money elsewhere. A Moroccan RIB is
 * 24 digits (bank 3, city 3, account 16, key 2); spaces as printed on a RIB slip are accepted.
 */
export const AdminVendorBankDetails = z
  .object({
    rib: z
      .string()
      .transform((value) => value.replace(/[\s.-]/g, ""))
      .refine((value) => /^\d{24}$/.test(value), "The RIB must have 24 digits (bank, city, account, key)"),
    bank_name: z.string().trim().min(2).max(120),
    account_holder: z.string().trim().min(2).max(200),
  })
  .strict()
export type AdminVendorBankDetailsType = z.infer<typeof AdminVendorBankDetails>
