import { LocalizedInput, splitLocalizedText, translationLocales } from "../common/localized-text"

/** What a cooperative may write about itself (application and profile edits); never status, commission, handle or RIB. */
export type VendorProfileInput = {
  name?: string
  legal_form?: "cooperative" | "auto_entrepreneur" | "association" | "tpe"
  odco_number?: string | null
  ice?: string | null
  region?: string
  province?: string | null
  city?: string
  founded_year?: number | null
  members_count?: number | null
  women_share?: number | null
  tagline?: string | LocalizedInput | null
  story?: LocalizedInput
  email?: string | null
  phone?: string | null
  logo_url?: string | null
  /** the cooperative's choice to show its own impact figures on its page */
  show_impact?: boolean
}

function asLocalized(text: string | LocalizedInput | null | undefined): LocalizedInput | undefined {
  return typeof text === "string" ? { fr: text } : (text ?? undefined)
}

/** A profile's columns: its texts in their base (French or first given) language. */
export type VendorProfileColumns<T extends VendorProfileInput = VendorProfileInput> = Omit<
  T,
  "tagline" | "story"
> & {
  tagline?: string | null
  story?: string | null
}

/** The vendor columns for a profile: texts in their base (French or first given) language. */
export function vendorColumns<T extends VendorProfileInput>(profile: T): VendorProfileColumns<T> {
  const { tagline, story, ...plain } = profile
  const columns: VendorProfileColumns<T> = plain
  if (tagline !== undefined) {
    columns.tagline = tagline === null ? null : (splitLocalizedText(asLocalized(tagline)).base ?? null)
  }
  if (story !== undefined) {
    columns.story = splitLocalizedText(story).base ?? null
  }
  return columns
}

/** The ar/en translations of a profile's texts, per locale. */
export function vendorTranslationLocales(profile: VendorProfileInput) {
  return translationLocales({
    ...(profile.tagline ? { tagline: asLocalized(profile.tagline) } : {}),
    ...(profile.story ? { story: profile.story } : {}),
  })
}
