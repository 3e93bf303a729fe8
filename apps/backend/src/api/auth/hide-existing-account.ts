import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  generateEntityId,
  generateJwtToken,
  Modules,
} from "@medusajs/framework/utils"
import { messageKey } from "../../lib/messages/idempotency"
import { sendNotificationsSafely } from "../../lib/messages/send-notifications-safely"
import { storefrontLink } from "../../lib/storefront/storefront-links"

type Actor = "customer" | "vendor"

/** Where the mailbox's owner signs in or resets the password. */
const SIGN_IN_PATHS: Record<Actor, string> = { customer: "/fr/account", vendor: "/fr/portal/sign-in" }

/**
 * Registering an email that already has a login answers exactly like a new registration (200 and a
 * registration token of the same shape), so the answer does not tell whether someone has an account;
 * the address's owner gets a message saying someone tried, with where to sign in or reset the password.
 * The token names a login that does not exist: nothing accepts it (creating the customer or the
 * cooperative, uploading, joining by invitation), and the existing account is left untouched.
 */
export function hideExistingAccount(actorType: Actor) {
  return async function hideExisting(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
    try {
      const email = (req.body as { email?: unknown } | undefined)?.email
      if (typeof email !== "string" || !email) {
        return next() // Medusa's own checks answer
      }
      const auth = req.scope.resolve(Modules.AUTH)
      // the lookup Medusa's emailpass provider makes before refusing with "Identity with email already exists"
      const existing = await auth.listProviderIdentities(
        { provider: "emailpass", entity_id: email },
        { take: 1 }
      )
      if (!existing.length) {
        return next()
      }
      // not awaited: the time SMTP takes must not tell the caller that this address has an account
      void sendNotificationsSafely(req.scope, [
        {
          to: email,
          channel: "email",
          template: "account-exists",
          data: { actor_type: actorType, url: storefrontLink(SIGN_IN_PATHS[actorType]), locale: "fr" },
          trigger_type: "auth.register",
          resource_type: "auth_identity",
          idempotency_key: messageKey("account-exists", String(Date.now()), email),
        },
      ])
      res.status(200).json({ token: decoyRegistrationToken(req, actorType) })
    } catch (error) {
      next(error)
    }
  }
}

/** Signed like the token Medusa answers a registration with, same claims, for a login that does not exist. */
function decoyRegistrationToken(req: MedusaRequest, actorType: Actor): string {
  const { http } = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
  return generateJwtToken(
    {
      actor_id: "",
      actor_type: actorType,
      auth_identity_id: generateEntityId(undefined, "authid"),
      auth_provider: "emailpass",
      mfa_enabled: false,
      mfa_challenge_completed_at: null,
      app_metadata: {},
      user_metadata: {},
    },
    { secret: http.jwtSecret!, expiresIn: http.jwtExpiresIn, jwtOptions: http.jwtOptions }
  )
}
