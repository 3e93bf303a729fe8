import type { FieldErrors } from "@/lib/forms/form"

/** The part of a zod schema (from @bazaar/contracts/schemas) a pre-check uses. */
type BodySchema = {
  safeParse(
    value: unknown
  ): { success: true } | { success: false; error: { issues: { path: PropertyKey[] }[] } }
}

/**
 * Checks a body a portal form built against the schema the backend validates it with, before it is
 * sent: whatever the form's own checks let through (a price above the limit…) is marked at its field
 * at once. Paths no input shows are left to the backend, whose answer says the same.
 */
export function schemaFieldErrors(
  schema: BodySchema,
  body: unknown,
  toField: (path: string) => string | undefined
): FieldErrors | undefined {
  const result = schema.safeParse(body)
  if (result.success) {
    return undefined
  }
  const fieldErrors: FieldErrors = {}
  for (const issue of result.error.issues) {
    const field = toField(issue.path.map(String).join("."))
    if (field && !fieldErrors[field]) {
      fieldErrors[field] = "invalid"
    }
  }
  return Object.keys(fieldErrors).length > 0 ? fieldErrors : undefined
}
