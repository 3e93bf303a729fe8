export const LOCALES = ["fr", "ar", "en"] as const
export type Locale = (typeof LOCALES)[number]
export type LocalizedInput = Partial<Record<Locale, string | undefined>>

/**
 * Splits texts given in any of fr/ar/en into the base (French) text stored on the entity and the
 * other languages stored as translations: French is the base language; without French, the first
 * language given becomes the base text too, so shoppers of every locale see something.
 */
export function splitLocalizedText(text: LocalizedInput | undefined): {
  base: string | undefined
  translations: Partial<Record<"ar" | "en", string>>
} {
  if (!text) {
    return { base: undefined, translations: {} }
  }
  const given = LOCALES.filter((locale) => typeof text[locale] === "string" && text[locale]!.length > 0)
  const base = given.length ? text[given.includes("fr") ? "fr" : given[0]] : undefined
  const translations: Partial<Record<"ar" | "en", string>> = {}
  for (const locale of ["ar", "en"] as const) {
    if (given.includes(locale)) {
      translations[locale] = text[locale]!
    }
  }
  return { base, translations }
}

/**
 * Turns several localized fields into the per-locale rows `upsertTranslationsStep` takes.
 */
export function translationLocales(fields: Record<string, LocalizedInput | undefined>) {
  const locales: Record<"ar" | "en", Record<string, string>> = { ar: {}, en: {} }
  for (const [field, text] of Object.entries(fields)) {
    const { translations } = splitLocalizedText(text)
    for (const locale of ["ar", "en"] as const) {
      if (translations[locale] !== undefined) {
        locales[locale][field] = translations[locale]!
      }
    }
  }
  return locales
}
