import { ERROR_CODES } from "@bazaar/contracts"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type TakeStandStockStepInput = {
  location_id: string | null
  lines: { variant_id: string; inventory_item_id: string | null; quantity: number }[]
}

type Taken = { location_id: string; items: { inventory_item_id: string; quantity: number }[] }

export const takeStandStockStepId = "take-stand-stock"

/**
 * Takes the sold units off the cooperative's stock at once. It holds the same locks (one per
 * inventory item) as an online checkout's reservation, so of a stand sale and a checkout for the
 * last unit one wins and the other is told it is out of stock; nothing is ever sold twice.
 */
export const takeStandStockStep = createStep(
  takeStandStockStepId,
  async (input: TakeStandStockStepInput, { container }) => {
    const inventory = container.resolve(Modules.INVENTORY)
    const locking = container.resolve(Modules.LOCKING)
    const items = input.lines.flatMap((line) =>
      line.inventory_item_id ? [{ inventory_item_id: line.inventory_item_id, quantity: line.quantity }] : []
    )
    if (!items.length || !input.location_id) {
      // products without managed stock (made to order) sell without counting
      return new StepResponse(undefined, undefined as Taken | undefined)
    }
    const locationId = input.location_id
    await locking.execute([...new Set(items.map((item) => item.inventory_item_id))], async () => {
      const levels = await inventory.listInventoryLevels({
        inventory_item_id: items.map((item) => item.inventory_item_id),
        location_id: locationId,
      })
      for (const line of input.lines) {
        if (!line.inventory_item_id) {
          continue
        }
        const level = levels.find((candidate) => candidate.inventory_item_id === line.inventory_item_id)
        const available = level ? Number(level.stocked_quantity) - Number(level.reserved_quantity) : 0
        if (available < line.quantity) {
          throw new MedusaError(
            MedusaError.Types.CONFLICT,
            `Not enough stock for variant ${line.variant_id}: ${Math.max(available, 0)} left, ${line.quantity} asked`,
            ERROR_CODES.out_of_stock
          )
        }
      }
      for (const item of items) {
        await inventory.adjustInventory(item.inventory_item_id, locationId, -item.quantity)
      }
    })
    return new StepResponse(undefined, { location_id: locationId, items } as Taken | undefined)
  },
  async (taken, { container }) => {
    if (!taken?.items.length) {
      return
    }
    const inventory = container.resolve(Modules.INVENTORY)
    const locking = container.resolve(Modules.LOCKING)
    await locking.execute([...new Set(taken.items.map((item) => item.inventory_item_id))], async () => {
      for (const item of taken.items) {
        await inventory.adjustInventory(item.inventory_item_id, taken.location_id, item.quantity)
      }
    })
  }
)
