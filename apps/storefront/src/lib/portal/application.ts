import {
  MIN_PASSWORD_LENGTH,
  isEmail,
  isPhone,
  parseWholeNumber,
  readText,
  type FieldErrors,
} from "@/lib/forms/form"
import {
  ICE_PATTERN,
  LEGAL_FORMS,
  VENDOR_PROFILE_LIMITS,
  type LegalForm,
  type LocalizedText,
} from "@bazaar/contracts"
import type { VendorCreateApplicationBody } from "@bazaar/contracts/schemas"
import { MOROCCAN_REGIONS } from "@/lib/util/moroccan-regions"

export type { LocalizedText }

/** Body of `POST /vendor/applications` as the form builds it (the schema: VendorCreateApplication). */
export type ApplicationBody = VendorCreateApplicationBody & {
  vendor: { story: LocalizedText; email: string; phone: string }
}

export type ApplicationInput = {
  account: { email: string; password: string }
  body: ApplicationBody
}

export type Parsed<T> = { ok: true; data: T } | { ok: false; fieldErrors: FieldErrors }

const MAX_LENGTHS: Record<string, number> = {
  name: VENDOR_PROFILE_LIMITS.name,
  odco_number: VENDOR_PROFILE_LIMITS.odco_number,
  province: VENDOR_PROFILE_LIMITS.province,
  city: VENDOR_PROFILE_LIMITS.city,
  tagline: VENDOR_PROFILE_LIMITS.tagline,
  story_fr: VENDOR_PROFILE_LIMITS.story,
  story_ar: VENDOR_PROFILE_LIMITS.story,
  story_en: VENDOR_PROFILE_LIMITS.story,
  first_name: VENDOR_PROFILE_LIMITS.first_name,
  last_name: VENDOR_PROFILE_LIMITS.last_name,
}

/**
 * Checks the application form and shapes the API body. Every problem is reported at its field at
 * once (not one at a time), with a code the form shows in the member's language.
 */
export function parseApplication(formData: FormData, now = new Date()): Parsed<ApplicationInput> {
  const errors: FieldErrors = {}
  const text = (name: string, required = false): string | undefined => {
    const value = readText(formData, name)
    if (required && !value) {
      errors[name] = "required"
    } else if (value && MAX_LENGTHS[name] && value.length > MAX_LENGTHS[name]) {
      errors[name] = "tooLong"
    }
    return value
  }

  const name = text("name", true)
  const legalForm = readText(formData, "legal_form")
  if (!legalForm) {
    errors.legal_form = "required"
  } else if (!(LEGAL_FORMS as readonly string[]).includes(legalForm)) {
    errors.legal_form = "choose"
  }
  const odco = text("odco_number")
  const rawIce = readText(formData, "ice")
  const ice = rawIce?.replace(/\s/g, "")
  if (ice && !ICE_PATTERN.test(ice)) {
    errors.ice = "ice"
  }

  const region = readText(formData, "region")
  if (!region) {
    errors.region = "required"
  } else if (!(MOROCCAN_REGIONS as readonly string[]).includes(region)) {
    errors.region = "choose"
  }
  const province = text("province")
  const city = text("city", true)

  const wholeNumber = (field: string, min: number, max: number, code: string) => {
    const raw = readText(formData, field)
    if (!raw) {
      return undefined
    }
    const value = parseWholeNumber(raw)
    if (value === null || value < min || value > max) {
      errors[field] = code
      return undefined
    }
    return value
  }
  const foundedYear = wholeNumber("founded_year", 1900, now.getFullYear(), "year")
  const membersCount = wholeNumber("members_count", 1, 100000, "wholeNumber")
  const womenShare = wholeNumber("women_share", 0, 100, "percent")

  const tagline = text("tagline")
  const story: LocalizedText = {}
  for (const locale of ["fr", "ar", "en"] as const) {
    const value = text(`story_${locale}`)
    if (value) {
      story[locale] = value
    }
  }
  if (!story.fr && !story.ar && !story.en) {
    errors.story_fr = "storyRequired"
  }

  const phone = readText(formData, "phone")
  if (!phone) {
    errors.phone = "required"
  } else if (!isPhone(phone)) {
    errors.phone = "phone"
  }

  const firstName = text("first_name", true)
  const lastName = text("last_name", true)
  const email = readText(formData, "email")?.toLowerCase()
  if (!email) {
    errors.email = "required"
  } else if (!isEmail(email)) {
    errors.email = "email"
  }
  const password = formData.get("password")
  if (typeof password !== "string" || password === "") {
    errors.password = "required"
  } else if (password.length < MIN_PASSWORD_LENGTH) {
    errors.password = "passwordShort"
  }

  if (Object.keys(errors).length > 0) {
    return { ok: false, fieldErrors: errors }
  }
  return {
    ok: true,
    data: {
      account: { email: email!, password: password as string },
      body: {
        vendor: {
          name: name!,
          legal_form: legalForm as LegalForm,
          ...(odco && { odco_number: odco }),
          ...(ice && { ice }),
          region: region!,
          ...(province && { province }),
          city: city!,
          ...(foundedYear !== undefined && { founded_year: foundedYear }),
          ...(membersCount !== undefined && { members_count: membersCount }),
          ...(womenShare !== undefined && { women_share: womenShare }),
          ...(tagline && { tagline }),
          story,
          email: email!,
          phone: phone!,
        },
        member: { first_name: firstName!, last_name: lastName!, phone: phone! },
      },
    },
  }
}

// The API's field paths (from its validation messages) → the form's field names.
const APPLICATION_FIELDS: Record<string, string> = {
  "vendor.email": "email",
  "vendor.story": "story_fr",
  "vendor.logo_url": "logo",
  "member.phone": "phone",
}

/** Maps an API field path such as "vendor.story.ar" or "member.first_name" to a form field name. */
export function applicationField(path: string): string | undefined {
  if (APPLICATION_FIELDS[path]) {
    return APPLICATION_FIELDS[path]
  }
  const story = /^vendor\.story\.(fr|ar|en)$/.exec(path)
  if (story) {
    return `story_${story[1]}`
  }
  const match = /^(?:vendor|member)\.([a-z_]+)$/.exec(path)
  return match?.[1]
}
