import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { acceptVendorInviteWorkflow } from "../../../../workflows/vendor/workflows/accept-vendor-invite"
import { retrieveMember } from "../../members/helpers"
import { VendorAcceptInviteType } from "../validators"

/** The invited person, with the registration token of a new login, joins the inviting cooperative. */
export async function POST(req: AuthenticatedMedusaRequest<VendorAcceptInviteType>, res: MedusaResponse) {
  if (req.auth_context.actor_id) {
    throw new MedusaError(MedusaError.Types.CONFLICT, "This account already belongs to a cooperative")
  }
  const { result } = await acceptVendorInviteWorkflow(req.scope).run({
    input: { auth_identity_id: req.auth_context.auth_identity_id, ...req.validatedBody },
  })
  res.status(201).json({ member: await retrieveMember(req.scope, result.id) })
}
