export type Pagination = {
  page: number
  totalPages: number
  offset: number
  limit: number
  hasPrev: boolean
  hasNext: boolean
}

/** Reads "?page=" leniently: anything that is not a positive integer means the first page. */
export function parsePage(value: string | string[] | undefined): number {
  const raw = Array.isArray(value) ? value[0] : value
  const page = Number(raw)
  return Number.isInteger(page) && page >= 1 ? page : 1
}

export function pageOffset(page: number, limit: number): number {
  return (page - 1) * limit
}

export function paginate(count: number, page: number, limit: number): Pagination {
  const totalPages = Math.max(1, Math.ceil(count / limit))
  return {
    page,
    totalPages,
    offset: pageOffset(page, limit),
    limit,
    hasPrev: page > 1,
    hasNext: page < totalPages,
  }
}

/** A page past the end is a 404 rather than an empty grid (except page 1 of an empty list). */
export function isPageOutOfRange({ page, totalPages }: Pagination): boolean {
  return page > totalPages
}

/** Builds "?page=" links that keep other filters and drop "page=1" for one canonical URL. */
export function pageHref(
  pathname: string,
  page: number,
  params: Record<string, string | undefined> = {}
): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) {
    if (value) {
      search.set(key, value)
    }
  }
  if (page > 1) {
    search.set("page", String(page))
  }
  const query = search.toString()
  return query ? `${pathname}?${query}` : pathname
}
