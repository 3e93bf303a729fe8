/** Legal forms a cooperative may apply with (the vendor model's `legal_form` enum). */
export const LEGAL_FORMS = ["cooperative", "auto_entrepreneur", "association", "tpe"] as const
export type LegalForm = (typeof LEGAL_FORMS)[number]

/** Longest texts of a cooperative's profile and its first member; the portal's form checks the same. */
export const VENDOR_PROFILE_LIMITS = {
  name: 120,
  odco_number: 40,
  province: 100,
  city: 100,
  tagline: 160,
  story: 5000,
  first_name: 80,
  last_name: 80,
} as const

/** `+212 6 12-34-56-78`, `0612345678`: digits with the usual separators. */
export const PHONE_PATTERN = /^\+?[0-9 ().-]{6,20}$/

/** ICE (Identifiant Commun de l'Entreprise): exactly 15 digits. */
export const ICE_PATTERN = /^\d{15}$/
