import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { createVendorApplicationWorkflow } from "../../../workflows/vendor/workflows/create-vendor-application"
import { retrievePortalVendor } from "../me/helpers"
import { retrieveMember } from "../members/helpers"
import { VendorCreateApplicationType } from "./validators"

/** A cooperative applies with the registration token of its first member's new login. */
export async function POST(
  req: AuthenticatedMedusaRequest<VendorCreateApplicationType>,
  res: MedusaResponse
) {
  if (req.auth_context.actor_id) {
    throw new MedusaError(MedusaError.Types.CONFLICT, "This account already belongs to a cooperative")
  }
  const { result } = await createVendorApplicationWorkflow(req.scope).run({
    input: { auth_identity_id: req.auth_context.auth_identity_id, ...req.validatedBody },
  })
  res.status(201).json({
    vendor: await retrievePortalVendor(req.scope, result.vendor.id),
    member: await retrieveMember(req.scope, result.member.id),
  })
}
