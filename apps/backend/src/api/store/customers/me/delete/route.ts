import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteShopperAccountWorkflow } from "../../../../../workflows/shopper-account/workflows/delete-shopper-account"
import type { StoreDeleteAccountType } from "../../validators"
import { checkOwnPassword } from "../check-own-password"

/**
 * The signed-in shopper deletes her account, typing her password to confirm (docs/shoppers.md →
 * Deleting an account). Her orders stay in the books, anonymised.
 */
export const POST = async (req: AuthenticatedMedusaRequest<StoreDeleteAccountType>, res: MedusaResponse) => {
  if (!(await checkOwnPassword(req, res, req.validatedBody.password))) {
    return
  }
  const customerId = req.auth_context.actor_id
  await deleteShopperAccountWorkflow(req.scope).run({ input: { customer_id: customerId } })
  res.json({ id: customerId, object: "customer", deleted: true })
}
