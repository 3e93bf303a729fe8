import { z } from "zod"
import type { LocalizedText } from "../localized-text"

/** A trimmed text of at most `max` characters. */
export const text = (max: number) => z.string().trim().max(max, `Must be ${max} characters or fewer`)

/** A text in fr/ar/en, each optional; unknown languages are refused. */
export const localizedText = (max: number) =>
  z.object({ fr: text(max).optional(), ar: text(max).optional(), en: text(max).optional() }).strict()

const atLeastOneLanguage = (value: LocalizedText) => !!(value.fr || value.ar || value.en)

// custom messages replace Medusa's "field 'x'" wording, so they name the field themselves
export const requiredLocalizedText = (max: number, field: string) =>
  localizedText(max).refine(atLeastOneLanguage, {
    message: `Field '${field}': write it in at least one language (fr, ar or en)`,
  })
