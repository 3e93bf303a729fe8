import { z } from "@medusajs/framework/zod"

export { localizedText, requiredLocalizedText, text } from "@bazaar/contracts/schemas"

/** A route that takes no query parameters: an unknown one is a 400, not silently ignored. */
export const EmptyParams = z.object({}).strict()
