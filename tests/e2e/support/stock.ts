import { inject } from "vitest"

/** What the shop offers of a product, summed over its variants (stock less what open orders hold). */
export async function forSale(handle: string): Promise<number> {
  const response = await fetch(
    `${inject("backendUrl")}/store/products?handle=${handle}&fields=id,variants.id,+variants.inventory_quantity`,
    { headers: { "x-publishable-api-key": inject("publishableKey") } }
  )
  const { products } = (await response.json()) as {
    products: { variants: { inventory_quantity: number }[] }[]
  }
  return products[0].variants.reduce((sum, variant) => sum + variant.inventory_quantity, 0)
}
