import type { SearchTypes } from "@medusajs/framework/types"

type Fields = Record<string, SearchTypes.SearchFieldDefinition>

/** Dotted paths of an index's date fields. */
export function dateFieldPaths(fields: Fields, prefix = ""): Set<string> {
  const paths = new Set<string>()
  for (const [name, field] of Object.entries(fields ?? {})) {
    const path = prefix ? `${prefix}.${name}` : name
    if (field.type === "object" && field.fields) {
      dateFieldPaths(field.fields, path).forEach((nested) => paths.add(nested))
    } else if (field.type === "date") {
      paths.add(path)
    }
  }
  return paths
}

/**
 * A date as Meilisearch can sort and compare it: seconds since the epoch (an ISO string is only
 * compared as a word, so `created_at` could be neither sorted nor filtered by range).
 */
export function toTimestamp(value: unknown): unknown {
  if (value instanceof Date) {
    return value.getTime() / 1000
  }
  if (typeof value === "string") {
    const ms = Date.parse(value)
    return Number.isNaN(ms) ? value : ms / 1000
  }
  return value
}

type Document = Record<string, unknown>

function isObject(value: unknown): value is Document {
  return value !== null && typeof value === "object"
}

function mapPaths<T extends Document>(
  document: T,
  paths: Set<string>,
  convert: (value: unknown) => unknown
): T {
  if (!paths.size) {
    return document
  }
  const copy = structuredClone(document)
  for (const path of paths) {
    const keys = path.split(".")
    let parent: unknown = copy
    for (const key of keys.slice(0, -1)) {
      parent = isObject(parent) ? parent[key] : undefined
    }
    const last = keys[keys.length - 1]
    if (isObject(parent) && parent[last] !== undefined && parent[last] !== null) {
      const value = parent[last]
      parent[last] = Array.isArray(value) ? value.map(convert) : convert(value)
    }
  }
  return copy
}

/** A document as stored in Meilisearch: its date fields as timestamps. */
export function toMeilisearchDocument<T extends Document>(document: T, dates: Set<string>): T {
  return mapPaths(document, dates, toTimestamp)
}

/** A stored document as the Search Module returns it: dates back as ISO strings, like PostgreSQL's. */
export function fromMeilisearchDocument<T extends Document>(document: T, dates: Set<string>): T {
  return mapPaths(document, dates, (value) =>
    typeof value === "number" ? new Date(value * 1000).toISOString() : value
  )
}
