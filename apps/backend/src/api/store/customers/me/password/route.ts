import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import type { StoreChangePasswordType } from "../../validators"
import { checkOwnPassword } from "../check-own-password"

/** The signed-in shopper changes her password, typing the current one first. */
export const POST = async (req: AuthenticatedMedusaRequest<StoreChangePasswordType>, res: MedusaResponse) => {
  const { current_password, new_password } = req.validatedBody
  const owner = await checkOwnPassword(req, res, current_password)
  if (!owner) {
    return
  }
  const changed = await req.scope
    .resolve(Modules.AUTH)
    .updateProvider("emailpass", { entity_id: owner.email, password: new_password })
  if (!changed.success) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "Your password could not be changed; try again")
  }
  res.json({ changed: true })
}
