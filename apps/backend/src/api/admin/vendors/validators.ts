import { z } from "@medusajs/framework/zod"
import { VENDOR_STATUSES } from "../../../modules/vendor/models/vendor"
import { requiredLocalizedText } from "../../utils/common-validators"
import { vendorProfileShape } from "../../vendor/applications/validators"
import { VendorUpdateProfile } from "../../vendor/me/validators"

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

/** A rate dated today (as a date picker gives it: midnight) starts now; any other date as given. */
function startOfRate(date: Date): Date {
  const now = new Date()
  return date < now && date.toISOString().slice(0, 10) === now.toISOString().slice(0, 10) ? now : date
}

/**
 * A commission rate from a date. It may start now or later, never earlier: orders already placed keep
 * the rate they were placed at, and the history must say so.
 */
export const AdminSetCommissionRate = z
  .object({
    rate: z.number().min(0, "A rate is between 0 and 50 %").max(50, "A rate is between 0 and 50 %"),
    category_id: z.string().trim().min(1).optional(),
    effective_from: z
      .string()
      .refine((text) => !Number.isNaN(Date.parse(text)), "Give the date the rate starts, as YYYY-MM-DD")
      .transform((text) => startOfRate(new Date(text)))
      .refine((date) => date.getTime() >= Date.now() - 60_000, "A rate cannot start in the past")
      .optional(),
    note: z.string().trim().max(500).optional(),
  })
  .strict()
export type AdminSetCommissionRateType = z.infer<typeof AdminSetCommissionRate>

/**
 * Staff edit the whole record of a cooperative: its public profile as members do, and what only staff
 * change after checking papers (name, legal form, ODCO/ICE numbers, place, members, share of women).
 */
export const AdminUpdateVendor = VendorUpdateProfile.extend({
  name: vendorProfileShape.name.optional(),
  legal_form: vendorProfileShape.legal_form.optional(),
  odco_number: vendorProfileShape.odco_number,
  ice: vendorProfileShape.ice,
  region: vendorProfileShape.region.optional(),
  province: vendorProfileShape.province,
  city: vendorProfileShape.city.optional(),
  founded_year: vendorProfileShape.founded_year,
  members_count: vendorProfileShape.members_count,
  women_share: vendorProfileShape.women_share,
  story: requiredLocalizedText(5000, "story").optional(),
}).strict()
export type AdminUpdateVendorType = z.infer<typeof AdminUpdateVendor>
