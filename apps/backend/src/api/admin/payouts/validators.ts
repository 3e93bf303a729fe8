import { z } from "@medusajs/framework/zod"
import { PAYOUT_METHODS } from "../../../modules/ledger/models/payout"

// two decimals at most: MAD and EUR have cents, never fractions of them
const amount = z
  .number()
  .positive()
  .max(100_000_000)
  .refine(
    (value) =>
      Number.isInteger(Math.round(value * 100)) && Math.abs(value * 100 - Math.round(value * 100)) < 1e-6,
    {
      message: "An amount has at most two decimals",
    }
  )

export const AdminCreatePayout = z
  .object({
    vendor_id: z.string().min(1),
    amount,
    currency_code: z.enum(["mad", "eur"]),
    paid_at: z.coerce.date(),
    reference: z.string().trim().min(1).max(200),
    method: z.enum([...PAYOUT_METHODS]),
    proof_url: z.string().url().max(2000).optional(),
    note: z.string().trim().max(1000).optional(),
  })
  .strict()
export type AdminCreatePayoutType = z.infer<typeof AdminCreatePayout>

export const AdminGetPayoutsParams = z
  .object({
    vendor_id: z.string().min(1).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict()
export type AdminGetPayoutsParamsType = z.infer<typeof AdminGetPayoutsParams>

export const AdminExportPayoutsParams = z
  .object({
    vendor_id: z.string().min(1).optional(),
    method: z.enum([...PAYOUT_METHODS]).default("bank_transfer"),
    from: z.coerce.date().optional(),
    to: z.coerce.date().optional(),
  })
  .strict()
export type AdminExportPayoutsParamsType = z.infer<typeof AdminExportPayoutsParams>
