// what makes a product made to order is read the same way by the backend's messages
export { leadTimeDays } from "@bazaar/contracts"

/** The day a piece ordered at `placedAt` should be ready to ship, `days` later. */
export function readyBy(placedAt: string | Date, days: number): Date {
  const date = new Date(placedAt)
  date.setUTCDate(date.getUTCDate() + days)
  return date
}
