import type { AdminEvent, AdminEventBody } from "../types"

const LOCALES = ["fr", "ar", "en"] as const
type Locale = (typeof LOCALES)[number]
type Texts = Record<Locale, string>

export type EventFormValues = {
  handle: string
  name: Texts
  description: Texts
  opening_hours: Texts
  address: string
  city: string
  map_url: string
  /** `datetime-local` values, in the browser's time zone */
  starts_at: string
  ends_at: string
  stands: { vendor_id: string; stand_number: string }[]
}

export type EventFormErrors = Partial<
  Record<"handle" | "name" | "address" | "city" | "starts_at" | "ends_at" | "stands", string>
>

const emptyTexts = (): Texts => ({ fr: "", ar: "", en: "" })

export function emptyEventForm(): EventFormValues {
  return {
    handle: "",
    name: emptyTexts(),
    description: emptyTexts(),
    opening_hours: emptyTexts(),
    address: "",
    city: "",
    map_url: "",
    starts_at: "",
    ends_at: "",
    stands: [],
  }
}

/** A date as a `datetime-local` input shows it, in the browser's time zone. */
export function toLocalInput(iso: string): string {
  const date = new Date(iso)
  const pad = (value: number) => String(value).padStart(2, "0")
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`
}

/** The form filled with a stored event, French on the row and ar/en from its translations. */
export function eventFormFor(event: AdminEvent): EventFormValues {
  const texts = (field: "name" | "description" | "opening_hours"): Texts => ({
    fr: event[field] ?? "",
    ar: event.translations.ar?.[field] ?? "",
    en: event.translations.en?.[field] ?? "",
  })
  return {
    handle: event.handle,
    name: texts("name"),
    description: texts("description"),
    opening_hours: texts("opening_hours"),
    address: event.address,
    city: event.city,
    map_url: event.map_url ?? "",
    starts_at: toLocalInput(event.starts_at),
    ends_at: toLocalInput(event.ends_at),
    stands: event.stands.map(({ vendor_id, stand_number }) => ({ vendor_id, stand_number })),
  }
}

/** A handle from a French name: "Bazar de M'diq 2027" → "bazar-de-m-diq-2027". */
export function handleFromName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 100)
}

function localized(texts: Texts) {
  const given = Object.fromEntries(
    LOCALES.flatMap((locale) => (texts[locale].trim() ? [[locale, texts[locale].trim()]] : []))
  )
  return Object.keys(given).length ? given : null
}

/** Checks the form as the backend will and shapes its body; stands without a cooperative are dropped. */
export function parseEventForm(
  form: EventFormValues
): { body: AdminEventBody } | { errors: EventFormErrors } {
  const errors: EventFormErrors = {}
  const name = localized(form.name)
  if (!name) errors.name = "Give the name in at least one language"
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(form.handle))
    errors.handle = "Lower-case letters, digits and dashes, e.g. bazar-mdiq-2027"
  if (!form.address.trim()) errors.address = "Give the address"
  if (!form.city.trim()) errors.city = "Give the city"
  const startsAt = new Date(form.starts_at)
  const endsAt = new Date(form.ends_at)
  if (!form.starts_at || Number.isNaN(startsAt.getTime())) errors.starts_at = "Give the first day and time"
  if (!form.ends_at || Number.isNaN(endsAt.getTime())) errors.ends_at = "Give the last day and time"
  else if (!errors.starts_at && endsAt < startsAt) errors.ends_at = "The event cannot end before it starts"
  const stands = form.stands
    .filter((stand) => stand.vendor_id)
    .map((stand) => ({ vendor_id: stand.vendor_id, stand_number: stand.stand_number.trim() }))
  const numbers = stands.map((stand) => stand.stand_number.toUpperCase())
  const vendors = stands.map((stand) => stand.vendor_id)
  if (stands.some((stand) => !stand.stand_number)) errors.stands = "Give each cooperative a stand number"
  else if (new Set(numbers).size !== numbers.length) errors.stands = "Each stand number can be given once"
  else if (new Set(vendors).size !== vendors.length) errors.stands = "A cooperative holds one stand per event"
  if (Object.keys(errors).length || !name) return { errors }
  return {
    body: {
      handle: form.handle,
      name,
      description: localized(form.description),
      opening_hours: localized(form.opening_hours),
      address: form.address.trim(),
      city: form.city.trim(),
      map_url: form.map_url.trim() || null,
      starts_at: startsAt.toISOString(),
      ends_at: endsAt.toISOString(),
      stands,
    },
  }
}
