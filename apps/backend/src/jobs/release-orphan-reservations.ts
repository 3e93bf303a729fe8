import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { releaseOrphanReservationsWorkflow } from "../workflows/inventory/workflows/release-orphan-reservations"

/**
 * Far longer than any checkout (seconds) and than the cart lock a crashed one leaves (2 minutes), so
 * only stock nobody will ever claim is released.
 */
export const ORPHAN_RESERVATION_MINUTES = 15

/** Every 10 minutes, stock held by a checkout that died half-way becomes buyable again. */
export default async function releaseOrphanReservations(container: MedusaContainer) {
  const { result } = await releaseOrphanReservationsWorkflow(container).run({
    input: { olderThanMinutes: ORPHAN_RESERVATION_MINUTES },
  })
  if (result.length > 0) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`[Inventory] Released ${result.length} reservation(s) of no order: ${result.join(", ")}`)
  }
}

export const config = {
  name: "release-orphan-reservations",
  schedule: "*/10 * * * *",
}
