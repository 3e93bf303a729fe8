import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { publishProductWorkflow } from "../../../../../../workflows/product-moderation/workflows/publish-product"
import { retrieveShapedProduct } from "../../../../../utils/vendor-products"

/** Staff publish a proposed product: it goes on sale in the storefront's sales channel. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await publishProductWorkflow(req.scope).run({
    input: { product_id: req.params.id, decided_by: req.auth_context.actor_id },
  })
  res.json({ product: await retrieveShapedProduct(req.scope, req.params.id) })
}
