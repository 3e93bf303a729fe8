import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type FindOrphanReservationsInput = {
  /** Only reservations at least this old: a checkout in progress reserves a moment before its order exists. */
  olderThanMinutes: number
}

/**
 * Reservations of a line item that belongs to no live order: stock held for nobody. They are what a
 * checkout cut by a crash (SIGKILL, power loss) leaves when it dies after reserving the stock of an
 * order that the shopper's retry then placed anew. Reservations staff make by hand (no line item)
 * are never touched.
 *
 * One SQL query across the inventory and order modules' tables, read-only: the Query graph has no
 * link from a reservation to an order line item, and this runs every few minutes on the worker.
 */
export const findOrphanReservationsStep = createStep(
  "find-orphan-reservations",
  async ({ olderThanMinutes }: FindOrphanReservationsInput, { container }) => {
    const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const { rows } = await knex.raw<{ rows: { id: string }[] }>(
      `select ri.id from reservation_item ri
       where ri.deleted_at is null
         and ri.line_item_id is not null
         and ri.created_at < now() - make_interval(mins => ?)
         and not exists (
           select 1 from order_item oi
           join "order" o on o.id = oi.order_id and o.deleted_at is null
           where oi.item_id = ri.line_item_id and oi.deleted_at is null)`,
      [olderThanMinutes]
    )
    return new StepResponse(rows.map((row) => row.id))
  }
)
