import { ProductStatus } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createFavouritesStep } from "../steps/create-favourites"

export type AddFavouritesInput = { customer_id: string; product_ids: string[] }

/**
 * Adds products to a shopper's favourites, idempotently: a guest's list merged at sign-in may name
 * products already kept, or no longer sold (those are left out, not an error).
 */
export const addFavouritesWorkflow = createWorkflow("add-favourites", (input: AddFavouritesInput) => {
  const { data: products } = useQueryGraphStep({
    entity: "product",
    fields: ["id"],
    filters: { id: input.product_ids, status: ProductStatus.PUBLISHED },
  }).config({ name: "published-products" })

  const toCreate = transform({ input, products }, ({ input, products }) => ({
    customer_id: input.customer_id,
    product_ids: products.map((product: { id: string }) => product.id),
  }))

  const created = createFavouritesStep(toCreate)
  return new WorkflowResponse(created)
})
