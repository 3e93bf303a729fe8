import { z } from "@medusajs/framework/zod"

export const StoreGetEventsParams = z
  .object({
    // upcoming: running or still to come, soonest first; past: ended, latest first
    when: z.enum(["upcoming", "past"]).default("upcoming"),
    limit: z.coerce.number().int().min(1).max(50).default(20),
    offset: z.coerce.number().int().min(0).max(10_000).default(0),
  })
  .strict()
export type StoreGetEventsParamsType = z.infer<typeof StoreGetEventsParams>

export const StoreGetEventParams = z
  .object({
    products_per_cooperative: z.coerce.number().int().min(0).max(12).default(4),
  })
  .strict()
export type StoreGetEventParamsType = z.infer<typeof StoreGetEventParams>
