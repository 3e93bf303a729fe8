/** A URL-safe handle from a vendor's name: lower case, no accents, Arabic-only names fall back to "cooperative". */
export function slugifyVendorName(name: string): string {
  const slug = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "")
  return slug || "cooperative"
}

/** The first of `slug`, `slug-2`, `slug-3`… that no existing handle uses. */
export function uniqueHandle(slug: string, taken: Iterable<string>): string {
  const used = new Set(taken)
  if (!used.has(slug)) {
    return slug
  }
  let suffix = 2
  while (used.has(`${slug}-${suffix}`)) {
    suffix += 1
  }
  return `${slug}-${suffix}`
}
