import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removeFavouriteWorkflow } from "../../../../../../workflows/favourites/workflows/remove-favourite"

/** Takes a product out of the signed-in shopper's favourites; one that was not kept answers the same. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { product_id } = req.params
  await removeFavouriteWorkflow(req.scope).run({
    input: { customer_id: req.auth_context.actor_id, product_id },
  })
  res.json({ product_id, object: "favourite", deleted: true })
}
