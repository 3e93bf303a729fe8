import { z } from "@medusajs/framework/zod"

export const AdminRequireCard = z.object({ required: z.boolean() }).strict()
export type AdminRequireCardType = z.infer<typeof AdminRequireCard>
