// The cooperative's public profile as its members edit it in the portal (POST /vendor/me/vendor).

import { isEmail, isPhone } from "@/lib/forms/form"
import { VENDOR_PROFILE_LIMITS, type LocalizedText } from "@bazaar/contracts"

const LOCALES = ["fr", "ar", "en"] as const

export type ProfileBody = {
  tagline?: LocalizedText | null
  story?: LocalizedText
  email?: string | null
  phone?: string
  show_impact?: boolean
}

export type ProfileResult =
  { ok: true; body: ProfileBody } | { ok: false; fieldErrors: Record<string, string> }

/**
 * Checks the profile form and shapes the body: the tagline and story in each language written (an
 * emptied tagline is removed; the story needs one language at least), the contact email and phone,
 * and whether the shop page shows the cooperative's own figures (an unticked box sends nothing: false).
 */
export function parseProfileForm(read: (name: string) => string | undefined): ProfileResult {
  const fieldErrors: Record<string, string> = {}
  const tagline: LocalizedText = {}
  const story: LocalizedText = {}
  for (const locale of LOCALES) {
    const line = read(`tagline_${locale}`)?.trim()
    if (line) {
      if (line.length > VENDOR_PROFILE_LIMITS.tagline) {
        fieldErrors[`tagline_${locale}`] = "tooLong"
      }
      tagline[locale] = line
    }
    const text = read(`story_${locale}`)?.trim()
    if (text) {
      if (text.length > VENDOR_PROFILE_LIMITS.story) {
        fieldErrors[`story_${locale}`] = "tooLong"
      }
      story[locale] = text
    }
  }
  if (!story.fr && !story.ar && !story.en) {
    fieldErrors.story_fr = "storyRequired"
  }
  const email = read("email")?.trim()
  if (email && !isEmail(email)) {
    fieldErrors.email = "email"
  }
  const phone = read("phone")?.trim()
  if (phone && !isPhone(phone)) {
    fieldErrors.phone = "phone"
  }
  if (Object.keys(fieldErrors).length > 0) {
    return { ok: false, fieldErrors }
  }
  return {
    ok: true,
    body: {
      tagline: Object.keys(tagline).length ? tagline : null,
      story,
      email: email || null,
      ...(phone ? { phone } : {}),
      show_impact: read("show_impact") === "on",
    },
  }
}
