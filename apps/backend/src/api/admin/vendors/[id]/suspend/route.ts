import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { suspendVendorWorkflow } from "../../../../../workflows/vendor/workflows/suspend-vendor"
import { AdminVendorDecisionWithReasonType } from "../../validators"
import { retrieveAdminVendor } from "../../retrieve-admin-vendor"

/** Staff decision "suspend" on a cooperative, recorded with who decided and why. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminVendorDecisionWithReasonType>,
  res: MedusaResponse
) {
  await suspendVendorWorkflow(req.scope).run({
    input: {
      vendor_id: req.params.id,
      decided_by: req.auth_context.actor_id,
      reason: req.validatedBody.reason ?? null,
    },
  })
  res.json({ vendor: await retrieveAdminVendor(req, req.params.id) })
}
