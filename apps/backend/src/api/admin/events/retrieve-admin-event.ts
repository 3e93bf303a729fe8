import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { loadTranslations } from "../../utils/translations"

export const adminEventFields = [
  "id",
  "handle",
  "name",
  "description",
  "address",
  "city",
  "map_url",
  "starts_at",
  "ends_at",
  "opening_hours",
  "created_at",
  "updated_at",
  "stands.id",
  "stands.vendor_id",
  "stands.stand_number",
]

type Row = { id: string; stands?: ({ vendor_id: string; stand_number: string } | null)[] | null }

/**
 * Events as staff edit them: French texts on the row, ar/en under `translations`, and each stand's
 * cooperative (id, name, handle, status).
 */
export async function withStandsAndTranslations<T extends Row>(scope: MedusaContainer, events: T[]) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const vendorIds = [
    ...new Set(
      events.flatMap((event) => (event.stands ?? []).flatMap((stand) => (stand ? [stand.vendor_id] : [])))
    ),
  ]
  type StandVendor = { id: string; name: string; handle: string; status: string }
  const vendors: StandVendor[] = vendorIds.length
    ? ((
        await query.graph({
          entity: "vendor",
          fields: ["id", "name", "handle", "status"],
          filters: { id: vendorIds },
        })
      ).data as StandVendor[])
    : []
  const byId = new Map(vendors.map((vendor) => [vendor.id, vendor] as const))
  const translations = await loadTranslations(
    scope,
    "bazaar_event",
    events.map((event) => event.id)
  )
  return events.map((event) => ({
    ...event,
    stands: (event.stands ?? [])
      .flatMap((stand) => (stand ? [{ ...stand, vendor: byId.get(stand.vendor_id) ?? null }] : []))
      .sort((a, b) => a.stand_number.localeCompare(b.stand_number, "fr", { numeric: true })),
    translations: translations.get(event.id) ?? {},
  }))
}

/** One event for Admin, or a 404 naming it. */
export async function retrieveAdminEvent(scope: MedusaContainer, id: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "bazaar_event", fields: adminEventFields, filters: { id } })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Event ${id} was not found`)
  }
  const [event] = await withStandsAndTranslations(scope, data as Row[])
  return event
}
