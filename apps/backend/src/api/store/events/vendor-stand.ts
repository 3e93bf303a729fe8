import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { eventTiming } from "../../../workflows/bazaar-event/event-input"

type StandRow = {
  stand_number: string
  event?: {
    handle: string
    name: string
    city: string
    address: string
    starts_at: Date | string
    ends_at: Date | string
  } | null
} | null

/** Of a cooperative's stands, the one at the running or next event ("stand 12, Bazar de M'diq"), if any. */
export function nextStand(rows: StandRow[], now: Date) {
  const stands = rows
    .flatMap((row) => (row?.event ? [{ stand_number: row.stand_number, event: row.event }] : []))
    .filter((stand) => eventTiming(stand.event, now) !== "past")
    .sort((a, b) => new Date(a.event.starts_at).getTime() - new Date(b.event.starts_at).getTime())
  const [first] = stands
  return first
    ? { stand_number: first.stand_number, event: { ...first.event, timing: eventTiming(first.event, now) } }
    : null
}

/** The cooperative's stand at its running or next event, shaped for the store API. */
export async function loadVendorStand(scope: MedusaContainer, vendorId: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "event_stand",
    fields: [
      "stand_number",
      "event.id",
      "event.handle",
      "event.name",
      "event.city",
      "event.address",
      "event.starts_at",
      "event.ends_at",
    ],
    filters: { vendor_id: vendorId },
  })
  return nextStand(data as StandRow[], new Date())
}
