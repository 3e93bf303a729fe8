import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { toTimestamp } from "./dates"

type Value = string | number | boolean | Date | null

const LOGICAL = new Set(["$and", "$or", "$not"])
const FIELD_NAME = /^[A-Za-z0-9_.]+$/

function fail(message: string): never {
  throw new MedusaError(MedusaError.Types.NOT_ALLOWED, message)
}

/** A value as Meilisearch filter syntax: strings quoted and escaped, never spliced in raw. */
export function filterValue(value: Value): string {
  if (value === null) {
    return "NULL"
  }
  if (value instanceof Date) {
    return String(value.getTime() / 1000)
  }
  if (typeof value === "number" || typeof value === "boolean") {
    return String(value)
  }
  return `"${String(value).replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`
}

function field(name: string): string {
  if (!FIELD_NAME.test(name)) {
    fail(`Cannot filter on "${name}": field names are letters, digits, "_" and "."`)
  }
  return name
}

function list(values: Value[]): string {
  return `[${values.map(filterValue).join(", ")}]`
}

function operators(
  name: string,
  ops: Record<string, unknown>,
  asValue: (value: unknown) => unknown
): string[] {
  const clauses: string[] = []
  for (const [op, given] of Object.entries(ops)) {
    const raw = Array.isArray(given) ? given.map(asValue) : asValue(given)
    const value = raw as Value
    switch (op) {
      case "$eq":
        clauses.push(value === null ? `${name} IS NULL` : `${name} = ${filterValue(value)}`)
        break
      case "$ne":
        clauses.push(value === null ? `${name} IS NOT NULL` : `${name} != ${filterValue(value)}`)
        break
      case "$in":
      case "$overlaps":
        clauses.push(`${name} IN ${list(raw as Value[])}`)
        break
      case "$nin":
        clauses.push(`${name} NOT IN ${list(raw as Value[])}`)
        break
      case "$contains":
        clauses.push(
          ...(Array.isArray(raw) ? raw : [raw]).map((entry) => `${name} = ${filterValue(entry as Value)}`)
        )
        break
      case "$gt":
        clauses.push(`${name} > ${filterValue(value)}`)
        break
      case "$gte":
        clauses.push(`${name} >= ${filterValue(value)}`)
        break
      case "$lt":
        clauses.push(`${name} < ${filterValue(value)}`)
        break
      case "$lte":
        clauses.push(`${name} <= ${filterValue(value)}`)
        break
      case "$exists":
        clauses.push(raw ? `${name} EXISTS` : `${name} NOT EXISTS`)
        break
      default:
        // Meilisearch has no substring or prefix filter: refuse rather than approximate
        fail(`The Meilisearch provider does not support the filter operator ${op} (on "${name}")`)
    }
  }
  return clauses
}

/**
 * The Search Module's filter tree as a Meilisearch filter expression. Equality on an array field
 * is membership, as on the PostgreSQL provider; values of date fields (`dates`) are compared as the
 * timestamps the documents hold.
 */
export function toMeilisearchFilter(
  filters: SearchTypes.SearchFilters | undefined,
  dates: Set<string> = new Set()
): string | undefined {
  if (!filters) {
    return undefined
  }
  const clauses: string[] = []
  for (const [key, raw] of Object.entries(filters)) {
    if (raw === undefined || key === "q") {
      continue
    }
    if (LOGICAL.has(key)) {
      if (key === "$not") {
        const inner = toMeilisearchFilter(raw as SearchTypes.SearchFilters, dates)
        if (inner) {
          clauses.push(`NOT (${inner})`)
        }
        continue
      }
      const parts = (raw as SearchTypes.SearchFilters[])
        .map((part) => toMeilisearchFilter(part, dates))
        .filter((part): part is string => !!part)
      if (parts.length) {
        clauses.push(`(${parts.map((part) => `(${part})`).join(key === "$and" ? " AND " : " OR ")})`)
      }
      continue
    }
    const name = field(key)
    const asValue = dates.has(name) ? toTimestamp : (value: unknown) => value
    if (Array.isArray(raw)) {
      clauses.push(`${name} IN ${list(raw.map(asValue) as Value[])}`)
    } else if (raw !== null && typeof raw === "object" && !(raw instanceof Date)) {
      clauses.push(...operators(name, raw as Record<string, unknown>, asValue))
    } else {
      clauses.push(raw === null ? `${name} IS NULL` : `${name} = ${filterValue(asValue(raw) as Value)}`)
    }
  }
  return clauses.length ? clauses.join(" AND ") : undefined
}
