import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reinstateVendorWorkflow } from "../../../../../workflows/vendor/workflows/reinstate-vendor"
import { AdminVendorDecisionType } from "../../validators"
import { retrieveAdminVendor } from "../../retrieve-admin-vendor"

/** Staff decision "reinstate" on a cooperative, recorded with who decided and why. */
export async function POST(req: AuthenticatedMedusaRequest<AdminVendorDecisionType>, res: MedusaResponse) {
  await reinstateVendorWorkflow(req.scope).run({
    input: {
      vendor_id: req.params.id,
      decided_by: req.auth_context.actor_id,
      reason: req.validatedBody.reason ?? null,
    },
  })
  res.json({ vendor: await retrieveAdminVendor(req, req.params.id) })
}
