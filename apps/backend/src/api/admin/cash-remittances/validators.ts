import { z } from "@medusajs/framework/zod"

// two decimals at most: MAD and EUR have cents, never fractions of them
const amount = z
  .number()
  .positive()
  .max(100_000_000)
  .refine((value) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6, {
    message: "An amount has at most two decimals",
  })

// about 20,000 parcels at 50 characters a line; the parser also stops at MAX_STATEMENT_LINES
export const MAX_STATEMENT_CHARS = 1_000_000

export const AdminImportCashStatement = z
  .object({
    carrier: z.string().trim().min(1).max(100),
    // the statement's number; without one, the file's content names it (the same file is imported once either way)
    reference: z.string().trim().min(1).max(200).optional(),
    received_at: z.coerce.date(),
    currency_code: z.enum(["mad", "eur"]).default("mad"),
    note: z.string().trim().max(1000).optional(),
    csv: z.string().min(1).max(MAX_STATEMENT_CHARS),
  })
  .strict()
export type AdminImportCashStatementType = z.infer<typeof AdminImportCashStatement>

export const AdminCreateCashRemittance = z
  .object({
    source: z.enum(["counted_at_centre", "kept_by_cooperative"]),
    reference: z.string().trim().min(1).max(200),
    received_at: z.coerce.date(),
    note: z.string().trim().max(1000).optional(),
    parts: z
      .array(z.object({ vendor_order_id: z.string().min(1).max(100), amount: amount.optional() }).strict())
      .min(1)
      .max(500)
      .refine((parts) => new Set(parts.map((part) => part.vendor_order_id)).size === parts.length, {
        message: "A part is listed twice",
      }),
  })
  .strict()
export type AdminCreateCashRemittanceType = z.infer<typeof AdminCreateCashRemittance>

export const AdminGetCashRemittancesParams = z
  .object({
    source: z.enum(["carrier_statement", "counted_at_centre", "kept_by_cooperative"]).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict()
export type AdminGetCashRemittancesParamsType = z.infer<typeof AdminGetCashRemittancesParams>
