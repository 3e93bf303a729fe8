import { deleteReservationsStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  findOrphanReservationsStep,
  type FindOrphanReservationsInput,
} from "../steps/find-orphan-reservations"

/**
 * Gives back to the shelf the stock that reservations of no live order hold. Medusa's own step
 * deletes them under the inventory items' locks (as checkouts take them) and lowers the reserved
 * quantities; it restores them if the workflow fails.
 */
export const releaseOrphanReservationsWorkflow = createWorkflow(
  "release-orphan-reservations",
  (input: FindOrphanReservationsInput) => {
    const reservationIds = findOrphanReservationsStep(input)
    when({ reservationIds }, ({ reservationIds }) => reservationIds.length > 0).then(() => {
      deleteReservationsStep(reservationIds)
    })
    return new WorkflowResponse(reservationIds)
  }
)
