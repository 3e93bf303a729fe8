// A guest's favourites live in this browser (localStorage) until sign-in moves them into the account.
// Pure helpers, shared by the client leaf that stores them and the server action that merges them.

export const GUEST_FAVOURITES_KEY = "bazaar.favourites"

/** The backend merges at most this many products in one request: a guest keeps no more. */
export const MAX_GUEST_FAVOURITES = 100

const PRODUCT_ID = /^[A-Za-z0-9_]{1,64}$/

export function isProductId(value: unknown): value is string {
  return typeof value === "string" && PRODUCT_ID.test(value)
}

/** Product ids, newest first, without repeats or anything that is not an id, at most MAX_GUEST_FAVOURITES. */
export function cleanProductIds(values: unknown): string[] {
  if (!Array.isArray(values)) {
    return []
  }
  return [...new Set(values.filter(isProductId))].slice(0, MAX_GUEST_FAVOURITES)
}

/** What localStorage holds, read defensively: another version of the site or an edit may have left anything. */
export function parseGuestFavourites(raw: string | null | undefined): string[] {
  if (!raw) {
    return []
  }
  try {
    return cleanProductIds(JSON.parse(raw))
  } catch {
    return []
  }
}

/** The list with `productId` kept (first, as the newest) or taken out. */
export function withFavourite(ids: readonly string[], productId: string, on: boolean): string[] {
  const others = ids.filter((id) => id !== productId)
  return on ? cleanProductIds([productId, ...others]) : others
}

/** Items in the order of `ids` (the favourites' order), leaving out ids without an item. */
export function inFavouriteOrder<T extends { id: string }>(ids: readonly string[], items: readonly T[]): T[] {
  const byId = new Map(items.map((item) => [item.id, item]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}
