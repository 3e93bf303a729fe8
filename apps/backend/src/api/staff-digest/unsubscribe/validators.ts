import { z } from "@medusajs/framework/zod"

/** The signed link's query: the staff user and the token that proves the link came from us. */
export const StaffDigestUnsubscribe = z.object({
  user: z.string().min(1).max(64),
  token: z.string().min(1).max(128),
})
export type StaffDigestUnsubscribe = z.infer<typeof StaffDigestUnsubscribe>
