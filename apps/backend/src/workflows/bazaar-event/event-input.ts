import { LocalizedInput, splitLocalizedText } from "../common/localized-text"

/** What staff write about a bazaar event; texts in fr/ar/en. */
export type BazaarEventInput = {
  handle?: string
  name?: LocalizedInput
  description?: LocalizedInput | null
  address?: string
  city?: string
  map_url?: string | null
  starts_at?: Date
  ends_at?: Date
  opening_hours?: LocalizedInput | null
}

export type StandInput = { vendor_id: string; stand_number: string }

const TEXT_FIELDS = ["name", "description", "opening_hours"] as const

/** The event's columns: its texts in their base (French, or first given) language. */
export function bazaarEventColumns(input: BazaarEventInput) {
  const { name, description, opening_hours, ...plain } = input
  const columns: Record<string, unknown> = { ...plain }
  const texts = { name, description, opening_hours }
  for (const field of TEXT_FIELDS) {
    const text = texts[field]
    if (text === null) {
      columns[field] = null
    } else if (text !== undefined) {
      columns[field] = splitLocalizedText(text).base ?? null
    }
  }
  return columns
}

/**
 * The ar/en translations of the event's texts. A language left out keeps its translation; a language
 * given empty (Admin's form sends every field) loses it, as does a text cleared with null.
 */
export function bazaarEventTranslationLocales(input: BazaarEventInput) {
  const locales: Record<"ar" | "en", Record<string, string | null>> = { ar: {}, en: {} }
  for (const field of TEXT_FIELDS) {
    const text = input[field]
    if (text === undefined) {
      continue
    }
    for (const locale of ["ar", "en"] as const) {
      if (text === null) {
        locales[locale][field] = null
      } else if (locale in text) {
        locales[locale][field] = text[locale] || null
      }
    }
  }
  return locales
}

/** Where an event stands in time at `now`: shoppers see upcoming and current ones first. */
export function eventTiming(event: { starts_at: Date | string; ends_at: Date | string }, now: Date) {
  if (new Date(event.ends_at).getTime() < now.getTime()) {
    return "past" as const
  }
  return new Date(event.starts_at).getTime() <= now.getTime() ? ("current" as const) : ("upcoming" as const)
}

/** The first repeated value of a list, if any. */
export function firstDuplicate(values: string[]): string | undefined {
  const seen = new Set<string>()
  for (const value of values) {
    if (seen.has(value)) {
      return value
    }
    seen.add(value)
  }
  return undefined
}
