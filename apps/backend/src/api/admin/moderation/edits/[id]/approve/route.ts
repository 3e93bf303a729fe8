import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { decideProductEditWorkflow } from "../../../../../../workflows/product-moderation/workflows/decide-product-edit"
import { retrieveShapedProduct } from "../../../../../utils/vendor-products"

/** Staff approve a pending edit: it goes live on the published product; the decision names them. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await decideProductEditWorkflow(req.scope).run({
    input: { id: req.params.id, action: "approve", staff_id: req.auth_context.actor_id },
  })
  res.json({ edit: result.edit, product: await retrieveShapedProduct(req.scope, result.edit.product_id) })
}
