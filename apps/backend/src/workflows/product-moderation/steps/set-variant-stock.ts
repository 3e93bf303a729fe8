import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type SetVariantStockStepInput = {
  location_id: string
  stock: { variant_id: string; quantity: number }[]
}

type Undo = { created: string[]; updated: { id: string; stocked_quantity: number }[] }

export const setVariantStockStepId = "set-variant-stock"

/** Sets each variant's stocked quantity at the vendor's location, creating the level when missing. */
export const setVariantStockStep = createStep(
  setVariantStockStepId,
  async (input: SetVariantStockStepInput, { container }) => {
    const undo: Undo = { created: [], updated: [] }
    if (!input.stock.length) {
      return new StepResponse(undefined, undo)
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const inventory = container.resolve(Modules.INVENTORY)
    const { data: variants } = await query.graph({
      entity: "product_variant",
      fields: ["id", "inventory_items.inventory_item_id"],
      filters: { id: input.stock.map((row) => row.variant_id) },
    })
    const itemOf = new Map(
      variants.map((variant) => [variant.id, variant.inventory_items?.[0]?.inventory_item_id])
    )
    const itemIds = [...itemOf.values()].filter((id): id is string => !!id)
    const levels = itemIds.length
      ? await inventory.listInventoryLevels({ inventory_item_id: itemIds, location_id: input.location_id })
      : []
    for (const row of input.stock) {
      const itemId = itemOf.get(row.variant_id)
      if (!itemId) {
        continue
      }
      const level = levels.find((candidate) => candidate.inventory_item_id === itemId)
      if (level) {
        undo.updated.push({ id: level.id, stocked_quantity: Number(level.stocked_quantity) })
        await inventory.updateInventoryLevels([
          { inventory_item_id: itemId, location_id: input.location_id, stocked_quantity: row.quantity },
        ])
      } else {
        const [created] = await inventory.createInventoryLevels([
          { inventory_item_id: itemId, location_id: input.location_id, stocked_quantity: row.quantity },
        ])
        undo.created.push(created.id)
      }
    }
    return new StepResponse(undefined, undo)
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const inventory = container.resolve(Modules.INVENTORY)
    if (undo.created.length) {
      await inventory.deleteInventoryLevels(undo.created)
    }
    for (const level of undo.updated) {
      const [current] = await inventory.listInventoryLevels({ id: level.id })
      if (current) {
        await inventory.updateInventoryLevels([
          {
            inventory_item_id: current.inventory_item_id,
            location_id: current.location_id,
            stocked_quantity: level.stocked_quantity,
          },
        ])
      }
    }
  }
)
