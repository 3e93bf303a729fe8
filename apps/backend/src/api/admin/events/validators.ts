import { z } from "@medusajs/framework/zod"

const text = (max: number) => z.string().trim().max(max)

/** A text in fr/ar/en; empty strings count as not given. */
const localized = (max: number) =>
  z.object({ fr: text(max).optional(), ar: text(max).optional(), en: text(max).optional() }).strict()

const requiredLocalized = (max: number, what: string) =>
  localized(max).refine((value) => Object.values(value).some((entry) => !!entry), {
    message: `Give the ${what} in at least one language`,
  })

const handle = z
  .string()
  .trim()
  .min(2)
  .max(100)
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    "A handle is lower-case letters, digits and dashes, e.g. bazar-mdiq-2027"
  )

const standNumber = z
  .string()
  .trim()
  .min(1, "Give the stand number")
  .max(10)
  .regex(/^[A-Za-z0-9-]+$/, "A stand number is letters, digits and dashes, e.g. 12 or B4")

const stand = z.object({ vendor_id: z.string().min(1), stand_number: standNumber }).strict()

/** Each cooperative once and each stand number once: the fields name the repeated entry. */
export const AdminEventStands = z
  .array(stand)
  .max(300)
  .superRefine((stands, ctx) => {
    const vendors = new Set<string>()
    const numbers = new Set<string>()
    stands.forEach((entry, index) => {
      if (vendors.has(entry.vendor_id)) {
        ctx.addIssue({
          code: "custom",
          path: [index, "vendor_id"],
          message: "This cooperative already has a stand at this event",
        })
      }
      if (numbers.has(entry.stand_number.toUpperCase())) {
        ctx.addIssue({
          code: "custom",
          path: [index, "stand_number"],
          message: `Stand number ${entry.stand_number} is already given`,
        })
      }
      vendors.add(entry.vendor_id)
      numbers.add(entry.stand_number.toUpperCase())
    })
  })

const eventFields = {
  handle,
  name: requiredLocalized(200, "name"),
  description: localized(5000).nullable().optional(),
  address: text(500).min(1, "Give the address"),
  city: text(100).min(1, "Give the city"),
  map_url: z
    .string()
    .trim()
    .url("Give a full link, e.g. https://maps.app.goo.gl/…")
    .max(2000)
    .nullable()
    .optional(),
  starts_at: z.coerce.date(),
  ends_at: z.coerce.date(),
  opening_hours: localized(500).nullable().optional(),
}

const endsAfterStart = (value: { starts_at?: Date; ends_at?: Date }) =>
  !value.starts_at || !value.ends_at || value.ends_at.getTime() >= value.starts_at.getTime()
const endsAfterStartIssue = { message: "An event cannot end before it starts", path: ["ends_at"] }

export const AdminCreateEvent = z
  .object({ ...eventFields, stands: AdminEventStands.optional() })
  .strict()
  .refine(endsAfterStart, endsAfterStartIssue)
export type AdminCreateEventType = z.infer<typeof AdminCreateEvent>

export const AdminUpdateEvent = z
  .object({
    handle: eventFields.handle.optional(),
    name: eventFields.name.optional(),
    description: eventFields.description,
    address: eventFields.address.optional(),
    city: eventFields.city.optional(),
    map_url: eventFields.map_url,
    starts_at: eventFields.starts_at.optional(),
    ends_at: eventFields.ends_at.optional(),
    opening_hours: eventFields.opening_hours,
    stands: AdminEventStands.optional(),
  })
  .strict()
  .refine(endsAfterStart, endsAfterStartIssue)
export type AdminUpdateEventType = z.infer<typeof AdminUpdateEvent>

export const AdminSetEventStands = z.object({ stands: AdminEventStands }).strict()
export type AdminSetEventStandsType = z.infer<typeof AdminSetEventStands>

export const AdminGetEventsParams = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(50),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict()
export type AdminGetEventsParamsType = z.infer<typeof AdminGetEventsParams>
