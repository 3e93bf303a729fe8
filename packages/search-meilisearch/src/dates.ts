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

function mapPaths(document: Record<string, any>, paths: Set<string>, convert: (value: unknown) => unknown) {
  if (!paths.size) {
    return document
  }
  const copy = structuredClone(document)
  for (const path of paths) {
    const keys = path.split(".")
    let parent: any = copy
    for (const key of keys.slice(0, -1)) {
      parent = parent?.[key]
    }
    const last = keys[keys.length - 1]
    if (parent && typeof parent === "object" && parent[last] !== undefined && parent[last] !== null) {
      parent[last] = Array.isArray(parent[last]) ? parent[last].map(convert) : convert(parent[last])
    }
  }
  return copy
}

/** A document as stored in Meilisearch: its date fields as timestamps. */
export function toMeilisearchDocument(document: Record<string, any>, dates: Set<string>) {
  return mapPaths(document, dates, toTimestamp)
}

/** A stored document as the Search Module returns it: dates back as ISO strings, like PostgreSQL's. */
export function fromMeilisearchDocument(document: Record<string, any>, dates: Set<string>) {
  return mapPaths(document, dates, (value) =>
    typeof value === "number" ? new Date(value * 1000).toISOString() : value
  )
}
