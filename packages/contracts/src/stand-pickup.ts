/**
 * Pick-up at the stand (docs/bazaar-events.md → Pick-up at the stand): while a bazaar runs, and from
 * a few days before, a shopper can collect a participating cooperative's items at its stand. She
 * shows a code (on her confirmation and in her email); the member types it to hand the parcel over.
 */

/** The type code of every cooperative's "pick up at my stand" shipping option. */
export const STAND_PICKUP_OPTION_CODE = "stand-pickup"

/** Pick-up opens this many days before a bazaar starts, and closes when it ends. */
export const PICKUP_OPENS_DAYS_BEFORE = 3

/** The code a shopper shows at the stand: six digits, easy to read out and to type on a phone. */
export const PICKUP_CODE_PATTERN = /^\d{6}$/

/** Where a cooperative's part is collected: its stand at a bazaar (the event's name in the request's language). */
export type StandPickupPlace = {
  event: {
    id: string
    handle: string
    name: string
    address: string
    city: string
    starts_at: string
    ends_at: string
    opening_hours: string | null
  }
  stand_number: string
}

/** Whether pick-up at the stand of an event with these dates is open at `now`. */
export function isPickupOpen(
  event: { starts_at: string | Date; ends_at: string | Date },
  now = new Date()
): boolean {
  const opens = new Date(event.starts_at).getTime() - PICKUP_OPENS_DAYS_BEFORE * 24 * 60 * 60 * 1000
  return opens <= now.getTime() && now.getTime() <= new Date(event.ends_at).getTime()
}
