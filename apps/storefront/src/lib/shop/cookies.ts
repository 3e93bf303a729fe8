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

export function parsePlacedOrders(value: string | undefined): string[] {
  return (value ?? "").split(",").filter((id) => /^order_[A-Za-z0-9]+$/.test(id))
}

/** The placed-orders cookie with one more order, newest kept when it is full. */
export function addPlacedOrder(value: string | undefined, orderId: string): string {
  const ids = parsePlacedOrders(value).filter((id) => id !== orderId)
  return [...ids, orderId].slice(-MAX_PLACED_ORDERS).join(",")
}
