import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type HiddenProductLink = { product_id: string; sales_channel_id: string }
/** What a suspension took away, so that reinstating restores exactly that. */
export type HiddenProducts = { links: HiddenProductLink[]; unpublished: string[] }
export type HideVendorProductsStepInput = { vendor_id: string }

/** Whether a row read back from a decision's JSON is a link the suspension removed. */
export function isHiddenProductLink(row: unknown): row is HiddenProductLink {
  return (
    typeof row === "object" &&
    row !== null &&
    "product_id" in row &&
    typeof row.product_id === "string" &&
    "sales_channel_id" in row &&
    typeof row.sales_channel_id === "string"
  )
}

export const hideVendorProductsStepId = "hide-vendor-products"

/**
 * Takes every product of a vendor out of the shop at once: off every sales channel, and published
 * ones back to draft — Medusa's /store/products ignores the key's sales channels while the store has
 * only one channel, so the status is what really hides them. Returns exactly what it changed.
 */
export const hideVendorProductsStep = createStep(
  hideVendorProductsStepId,
  async (input: HideVendorProductsStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "vendor",
      fields: ["products.id", "products.status", "products.sales_channels.id"],
      filters: { id: input.vendor_id },
    })
    const products = (data[0]?.products ?? []).filter(
      (product): product is NonNullable<typeof product> => !!product
    )
    const hidden: HiddenProducts = {
      links: products.flatMap((product) =>
        (product.sales_channels ?? [])
          .filter((channel): channel is NonNullable<typeof channel> => !!channel)
          .map((channel) => ({ product_id: product.id, sales_channel_id: channel.id }))
      ),
      unpublished: products
        .filter((product) => product.status === ProductStatus.PUBLISHED)
        .map((product) => product.id),
    }
    await applyHidden(container, hidden, "hide")
    return new StepResponse(hidden, hidden)
  },
  async (hidden, { container }) => {
    if (hidden) {
      await applyHidden(container, hidden, "show")
    }
  }
)

/** Hides or shows again a set of products: sales channel links and published status. */
export async function applyHidden(
  container: MedusaContainer,
  hidden: HiddenProducts,
  direction: "hide" | "show"
) {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  if (hidden.links.length) {
    const links = hidden.links.map(toLink)
    await (direction === "hide" ? link.dismiss(links) : link.create(links))
  }
  if (hidden.unpublished.length) {
    const status = direction === "hide" ? ProductStatus.DRAFT : ProductStatus.PUBLISHED
    await container.resolve(Modules.PRODUCT).updateProducts({ id: hidden.unpublished }, { status })
  }
}

export function toLink(row: HiddenProductLink) {
  return {
    [Modules.PRODUCT]: { product_id: row.product_id },
    [Modules.SALES_CHANNEL]: { sales_channel_id: row.sales_channel_id },
  }
}
