import { z } from "@medusajs/framework/zod"

/** A trimmed text of at most `max` characters. */
export const text = (max: number) => z.string().trim().max(max, `Must be ${max} characters or fewer`)

/** A text in fr/ar/en, each optional; unknown languages are refused. */
export const localizedText = (max: number) =>
  z.object({ fr: text(max).optional(), ar: text(max).optional(), en: text(max).optional() }).strict()

const atLeastOneLanguage = (value: { fr?: string; ar?: string; en?: string }) =>
  !!(value.fr || value.ar || value.en)

// custom messages replace Medusa's "field 'x'" wording, so they name the field themselves
export const requiredLocalizedText = (max: number, field: string) =>
  localizedText(max).refine(atLeastOneLanguage, {
    message: `Field '${field}': write it in at least one language (fr, ar or en)`,
  })

/** A route that takes no query parameters: an unknown one is a 400, not silently ignored. */
export const EmptyParams = z.object({}).strict()
