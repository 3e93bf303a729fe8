import type { FieldError } from "@bazaar/contracts"

/** The part of a zod issue a field error needs (zod 4's `$ZodIssue`). */
type Issue = { code?: string; path: readonly PropertyKey[]; message: string; keys?: readonly string[] }

function dotted(path: readonly PropertyKey[]): string {
  return path.map(String).join(".")
}

/**
 * A validation failure's fields, one per zod issue, with dotted paths ("vendor.story.ar"): what the
 * portal marks next to each input. Unknown keys are named one by one.
 */
export function fieldErrorsFromIssues(issues: readonly Issue[]): FieldError[] {
  return issues.flatMap((issue) =>
    issue.code === "unrecognized_keys" && issue.keys
      ? issue.keys.map((key) => ({ path: dotted([...issue.path, key]), message: issue.message }))
      : [{ path: dotted(issue.path), message: issue.message }]
  )
}

/** The fields an error carries: set by `validateAndTransformBody`, or the issues of a ZodError thrown as is. */
export function fieldErrorsOf(error: unknown): FieldError[] {
  if (typeof error !== "object" || error === null) {
    return []
  }
  if ("fields" in error && Array.isArray(error.fields)) {
    return error.fields as FieldError[]
  }
  if ("issues" in error && Array.isArray(error.issues)) {
    return fieldErrorsFromIssues(error.issues as Issue[])
  }
  return []
}
