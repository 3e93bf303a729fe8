import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { EMAIL_CHANGE_TTL_MS, emailChangeToken } from "../../../../../lib/accounts/email-change-token"
import { orderAccessSecret } from "../../../../../lib/orders/order-access-token"
import { storefrontLink } from "../../../../../lib/storefront/storefront-links"
import { sendEmailChangeLinkWorkflow } from "../../../../../workflows/shopper-account/workflows/send-email-change-link"
import type { StoreChangeEmailType } from "../../validators"
import { checkOwnPassword } from "../check-own-password"

/**
 * The signed-in shopper asks to use a new email, typing her password: a link goes to the new
 * address, and nothing changes until it is opened (`POST /store/email-change`). The answer is the
 * same whether or not the new address already has an account; only its mailbox learns that.
 */
export const POST = async (req: AuthenticatedMedusaRequest<StoreChangeEmailType>, res: MedusaResponse) => {
  const { email, password, locale } = req.validatedBody
  const owner = await checkOwnPassword(req, res, password)
  if (!owner) {
    return
  }
  if (email === owner.email) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "This is already your account's email")
  }
  const customerId = req.auth_context.actor_id
  const token = emailChangeToken(orderAccessSecret(req.scope), {
    customer_id: customerId,
    from: owner.email,
    to: email,
    expires_at: Date.now() + EMAIL_CHANGE_TTL_MS,
  })
  const url = storefrontLink(`/${locale}/account/confirm-email?${new URLSearchParams({ token })}`)
  await sendEmailChangeLinkWorkflow(req.scope).run({
    input: { customer_id: customerId, to: email, locale, url, token },
  })
  res.status(202).json({ sent_to: email })
}
