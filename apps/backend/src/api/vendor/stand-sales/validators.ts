import { normalizePhone, PHONE_INVALID_MESSAGE } from "@bazaar/contracts/schemas"
import { z } from "@medusajs/framework/zod"

export const VendorCreateStandSale = z
  .object({
    event_id: z.string().trim().min(1, "Field 'event_id': the event where the stand is"),
    items: z
      .array(
        z
          .object({
            variant_id: z.string().trim().min(1, "Field 'variant_id': the product variant sold"),
            quantity: z.number().int().min(1).max(999),
          })
          .strict()
      )
      .min(1, "Field 'items': at least one product sold")
      .max(50),
    payment: z.enum(["cash", "card"], { message: "Field 'payment': cash or card" }),
    // empty means no receipt: the buyer did not give a phone
    buyer_phone: z
      .string()
      .trim()
      .max(30, PHONE_INVALID_MESSAGE)
      .nullish()
      .transform((value, ctx) => {
        if (!value) {
          return null
        }
        const e164 = normalizePhone(value)
        if (!e164) {
          ctx.addIssue({ code: "custom", message: PHONE_INVALID_MESSAGE })
          return z.NEVER
        }
        return e164
      }),
  })
  .strict()
export type VendorCreateStandSaleType = z.infer<typeof VendorCreateStandSale>

export const VendorGetStandSalesParams = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(50),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict()
export type VendorGetStandSalesParamsType = z.infer<typeof VendorGetStandSalesParams>
