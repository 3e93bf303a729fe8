import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { applyHidden, HiddenProducts } from "./hide-vendor-products"

export type RestoreVendorProductsStepInput = { hidden: HiddenProducts }

export const restoreVendorProductsStepId = "restore-vendor-products"

/**
 * Puts back exactly what a suspension took away (sales channel links, published status), skipping
 * products deleted since; returns what it restored.
 */
export const restoreVendorProductsStep = createStep(
  restoreVendorProductsStepId,
  async (input: RestoreVendorProductsStepInput, { container }) => {
    const ids = [
      ...new Set([...input.hidden.links.map((row) => row.product_id), ...input.hidden.unpublished]),
    ]
    if (!ids.length) {
      const nothing: HiddenProducts = { links: [], unpublished: [] }
      return new StepResponse(nothing, nothing)
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: products } = await query.graph({
      entity: "product",
      fields: ["id", "status", "sales_channels.id"],
      filters: { id: ids },
    })
    const byId = new Map(products.map((product) => [product.id, product]))
    const restore: HiddenProducts = {
      links: input.hidden.links.filter(
        (row) =>
          byId.has(row.product_id) &&
          !(byId.get(row.product_id)!.sales_channels ?? []).some(
            (channel) => channel?.id === row.sales_channel_id
          )
      ),
      unpublished: input.hidden.unpublished.filter((id) => byId.get(id)?.status === ProductStatus.DRAFT),
    }
    await applyHidden(container, restore, "show")
    return new StepResponse(restore, restore)
  },
  async (restored, { container }) => {
    if (restored) {
      await applyHidden(container, restored, "hide")
    }
  }
)
