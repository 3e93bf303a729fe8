import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ERROR_CODES } from "@bazaar/contracts"
import { MedusaError } from "@medusajs/framework/utils"
import { readEmailChangeToken } from "../../../lib/accounts/email-change-token"
import { orderAccessSecret } from "../../../lib/orders/order-access-token"
import { changeCustomerEmailWorkflow } from "../../../workflows/shopper-account/workflows/change-customer-email"
import type { StoreConfirmEmailChangeType } from "../customers/validators"

/**
 * Opening the link sent to the new address moves the account there. No session is needed (the
 * link may be opened on another device): the signed token says whose account and which addresses,
 * and reading that mailbox is the proof. The shop's page asks for a click first (mail scanners open
 * links).
 */
export const POST = async (req: MedusaRequest<StoreConfirmEmailChangeType>, res: MedusaResponse) => {
  const change = readEmailChangeToken(orderAccessSecret(req.scope), req.validatedBody.token)
  if (!change) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "This link is no longer valid (expired or altered): ask for a new one from your account",
      ERROR_CODES.invalid_request
    )
  }
  const { result } = await changeCustomerEmailWorkflow(req.scope).run({
    input: { ...change, locale: req.validatedBody.locale },
  })
  res.json(result)
}
