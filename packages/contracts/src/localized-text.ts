/** The languages a member writes texts in. */
export const TEXT_LOCALES = ["fr", "ar", "en"] as const

/** A text in fr/ar/en, each optional. */
export type LocalizedText = { fr?: string; ar?: string; en?: string }
