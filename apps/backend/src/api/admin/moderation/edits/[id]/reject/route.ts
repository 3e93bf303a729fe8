import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { decideProductEditWorkflow } from "../../../../../../workflows/product-moderation/workflows/decide-product-edit"
import { AdminRejectProductType } from "../../../../vendors/validators"

/** Staff send a pending edit back with a reason; the published product does not change. */
export async function POST(req: AuthenticatedMedusaRequest<AdminRejectProductType>, res: MedusaResponse) {
  const { result } = await decideProductEditWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      action: "reject",
      staff_id: req.auth_context.actor_id,
      reason: req.validatedBody.reason,
    },
  })
  res.json({ edit: result.edit })
}
