import { PICKUP_CODE_PATTERN } from "@bazaar/contracts"
import { z } from "@medusajs/framework/zod"

export const PICKUP_CODE_MESSAGE = "The pick-up code is the 6 digits on the shopper's confirmation"
import { VENDOR_ORDER_STATUSES } from "../../../modules/ledger/models/vendor-order"

export const VendorGetOrdersParams = z
  .object({
    status: z.enum([...VENDOR_ORDER_STATUSES]).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict()
export type VendorGetOrdersParamsType = z.infer<typeof VendorGetOrdersParams>

export const VendorShipOrder = z
  .object({
    tracking_number: z.string().trim().min(1).max(100).optional(),
    carrier: z.string().trim().min(1).max(100).optional(),
  })
  .strict()
export type VendorShipOrderType = z.infer<typeof VendorShipOrder>

export const VendorDeliverOrder = z.object({}).strict()
export type VendorDeliverOrderType = z.infer<typeof VendorDeliverOrder>

// required, and checked by the route once the part is known to be the caller's, so another
// cooperative's id stays a 404
export const VendorPickUpOrder = z
  .object({
    code: z
      .string()
      .transform((code) => code.replace(/\s/g, ""))
      .pipe(z.string().regex(PICKUP_CODE_PATTERN, PICKUP_CODE_MESSAGE))
      .optional(),
  })
  .strict()
export type VendorPickUpOrderType = z.infer<typeof VendorPickUpOrder>

export const VendorRefuseOrder = z.object({ reason: z.string().trim().min(1).max(300).nullish() }).strict()
export type VendorRefuseOrderType = z.infer<typeof VendorRefuseOrder>

// the shopper reads it: short, and required (checked by the route once the part is known to be the
// caller's, so another cooperative's id stays a 404), as a part canceled without a word leaves her guessing
export const VendorCancelOrder = z.object({ reason: z.string().trim().min(3).max(300).optional() }).strict()
export type VendorCancelOrderType = z.infer<typeof VendorCancelOrder>
