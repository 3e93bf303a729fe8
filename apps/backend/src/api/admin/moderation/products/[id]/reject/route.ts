import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { rejectProductWorkflow } from "../../../../../../workflows/product-moderation/workflows/reject-product"
import { retrieveShapedProduct } from "../../../../../utils/vendor-products"
import { AdminRejectProductType } from "../../../../vendors/validators"

/** Staff send a proposed product back to its cooperative with a reason. */
export async function POST(req: AuthenticatedMedusaRequest<AdminRejectProductType>, res: MedusaResponse) {
  await rejectProductWorkflow(req.scope).run({
    input: {
      product_id: req.params.id,
      reason: req.validatedBody.reason,
      decided_by: req.auth_context.actor_id,
    },
  })
  res.json({ product: await retrieveShapedProduct(req.scope, req.params.id) })
}
