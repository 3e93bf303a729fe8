import { ERROR_CODES } from "@bazaar/contracts"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"

export const checkEmailChangeStepId = "check-email-change"

export type EmailChangeCheck = { customer_id: string; from: string; to: string }

const LINK_USED = "This link is no longer valid (already used, or the email changed since): ask for a new one"

/**
 * A confirmed change still applies: the account has the address the link moves it from (so a link
 * works once), the new address has no login yet, and the login is the shopper's alone — a login
 * shared with a cooperative member or staff signs them in too, and its email is the centre's to change.
 */
export const checkEmailChangeStep = createStep(
  checkEmailChangeStepId,
  async ({ customer_id, from, to }: EmailChangeCheck, { container }) => {
    const [customer] = await container
      .resolve(Modules.CUSTOMER)
      .listCustomers({ id: customer_id }, { select: ["id", "email"] })
    if (!customer || customer.email !== from) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, LINK_USED, ERROR_CODES.invalid_request)
    }
    const auth = container.resolve(Modules.AUTH)
    const taken = await auth.listProviderIdentities({ provider: "emailpass", entity_id: to })
    if (taken.length) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        "This email already has an account: sign in with it, or choose another address",
        ERROR_CODES.identity_exists
      )
    }
    const [login] = await auth.listProviderIdentities(
      { provider: "emailpass", entity_id: from },
      { relations: ["auth_identity"] }
    )
    const actors = login?.auth_identity?.app_metadata ?? {}
    const shared = Object.entries(actors).some(([actor, id]) => actor !== "customer_id" && !!id)
    if (!login || shared) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        "This login is also a cooperative member's or staff's: ask the centre to change its email",
        ERROR_CODES.conflict
      )
    }
  }
)
