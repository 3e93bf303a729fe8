// Cookie options and values of the shopper's cart and placed orders (pure, for actions and tests).

const THIRTY_DAYS_SECONDS = 60 * 60 * 24 * 30
const ONE_DAY_SECONDS = 60 * 60 * 24
// Enough for a few orders in a row; ids are ~32 characters and a cookie holds ~4 KB.
const MAX_PLACED_ORDERS = 10

export function cartCookieOptions(siteUrl: string) {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    secure: siteUrl.startsWith("https:"),
    path: "/",
    maxAge: THIRTY_DAYS_SECONDS,
  }
}

export function placedOrdersCookieOptions(siteUrl: string) {
  return { ...cartCookieOptions(siteUrl), maxAge: ONE_DAY_SECONDS }
}

// "order_…" or "order_…:secret": the backend answers a guest's order only with its secret
const PLACED_ORDER = /^(order_[A-Za-z0-9]+)(?::([A-Za-z0-9_-]{1,128}))?$/

function placedEntries(value: string | undefined): { id: string; secret?: string; entry: string }[] {
  return (value ?? "").split(",").flatMap((entry) => {
    const match = PLACED_ORDER.exec(entry)
    return match ? [{ id: match[1], secret: match[2], entry }] : []
  })
}

export function parsePlacedOrders(value: string | undefined): string[] {
  return placedEntries(value).map(({ id }) => id)
}

/** The secret the backend handed this browser for an order it placed, if any. */
export function placedOrderSecret(value: string | undefined, orderId: string): string | undefined {
  return placedEntries(value).find(({ id }) => id === orderId)?.secret
}

/** The placed-orders cookie with one more order (and its secret), newest kept when it is full. */
export function addPlacedOrder(value: string | undefined, orderId: string, secret?: string): string {
  const entries = placedEntries(value)
    .filter(({ id }) => id !== orderId)
    .map(({ entry }) => entry)
  return [...entries, secret ? `${orderId}:${secret}` : orderId].slice(-MAX_PLACED_ORDERS).join(",")
}
