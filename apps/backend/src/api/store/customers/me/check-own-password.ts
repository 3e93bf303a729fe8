import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { ERROR_CODES } from "@bazaar/contracts"
import { passwordAccountKey } from "../../../security/auth-limits"
import { budget } from "../../../security/limits"
import { limiterFor, lockedFor, recordFailure, tooManyRequests } from "../../../security/rate-limit"

const LOCKED = "This account is locked for a while after too many wrong passwords."

/**
 * Asks the signed-in shopper's password again before what a borrowed session must not do (change
 * the password, delete the account). A wrong one counts with the wrong sign-ins of the same login,
 * under the same lock. Answers the 429 itself and returns null when locked; throws a 400 when wrong.
 */
export async function checkOwnPassword(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse,
  password: string
): Promise<{ email: string } | null> {
  const customerId = req.auth_context.actor_id
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [customer],
  } = await query.graph({ entity: "customer", fields: ["id", "email"], filters: { id: customerId } })
  if (!customer?.email) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Your account was not found: sign in again")
  }
  const key = passwordAccountKey("customer", "emailpass", customer.email)
  const locked = await lockedFor("AUTH_ACCOUNT_FAILURES", key)
  if (locked) {
    tooManyRequests(res, locked, LOCKED)
    return null
  }
  const { success, authIdentity } = await req.scope.resolve(Modules.AUTH).authenticate("emailpass", {
    url: req.url,
    headers: {},
    query: {},
    body: { email: customer.email, password },
    protocol: req.protocol,
  })
  // the password must be this shopper's login's, not another account's that happens to match
  if (!success || authIdentity?.app_metadata?.customer_id !== customerId) {
    if (await recordFailure("AUTH_ACCOUNT_FAILURES", key)) {
      tooManyRequests(res, (budget("AUTH_ACCOUNT_FAILURES").lockSeconds ?? 900) * 1000, LOCKED)
      return null
    }
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "That is not your current password",
      ERROR_CODES.wrong_password
    )
  }
  await limiterFor("AUTH_ACCOUNT_FAILURES")
    .delete(key)
    .catch(() => undefined)
  return { email: customer.email }
}
