import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { normalizePhone } from "@bazaar/contracts/schemas"
import { sendAccountLockedWorkflow } from "../../workflows/security/send-account-locked"
import { budget } from "./limits"
import { clientIp, limiterFor, lockedFor, recordFailure, spend, tooManyRequests } from "./rate-limit"

// POST /auth/{actor}/{provider}: sign-in; /auth/token/refresh has the same shape and is not one
const SIGN_IN = /^\/auth\/([^/]+)\/([^/]+)\/?$/
const PASSWORD_RESET = /^\/auth\/([^/]+)\/([^/]+)\/reset-password\/?$/

const normalise = (value: unknown) => (typeof value === "string" ? value.trim().toLowerCase() : "")

/** The key of one login's wrong-password count: sign-ins and signed-in password checks share it. */
export const passwordAccountKey = (actorType: string, provider: string, email: unknown) =>
  `${actorType}:${provider}:${normalise(email)}`

async function notifyOwner(req: MedusaRequest, actorType: string, provider: string, email: string) {
  const auth = req.scope.resolve(Modules.AUTH)
  const identities = await auth.listProviderIdentities({ provider, entity_id: email })
  // nobody to tell when the guessed account does not exist (the lock answers the same either way)
  if (!identities.length) {
    return
  }
  const minutes = Math.round((budget("AUTH_ACCOUNT_FAILURES").lockSeconds ?? 900) / 60)
  await sendAccountLockedWorkflow(req.scope).run({
    input: { email: identities[0].entity_id, actor_type: actorType, minutes },
  })
}

/**
 * Budgets of every /auth/* request: a per-address flood guard; for sign-ins, a lock per account after
 * repeated failures (with a message to its owner) and a lock per address after many failures on any
 * accounts; for password-reset requests, a budget per account and per address. Mounted ahead of
 * Medusa's own /auth routes; the outcome of a sign-in is read from its status once it is sent.
 */
export async function authRateLimit(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const ip = clientIp(req)
  if (!(await spend("AUTH_IP", ip, res, "Too many sign-in requests from your network."))) {
    return
  }
  if (req.method !== "POST") {
    return next()
  }
  const path = req.originalUrl.split("?")[0]
  const body = (req.body ?? {}) as Record<string, unknown>

  const reset = path.match(PASSWORD_RESET)
  if (reset) {
    const identifier = normalise(body.identifier)
    if (!(await spend("PASSWORD_RESET_IP", ip, res, "Too many password-reset requests from your network."))) {
      return
    }
    if (
      identifier &&
      !(await spend(
        "PASSWORD_RESET_ACCOUNT",
        `${reset[1]}:${reset[2]}:${identifier}`,
        res,
        "Too many password-reset requests for this account: check the mailbox for the links already sent."
      ))
    ) {
      return
    }
    return next()
  }

  const signIn = path.match(SIGN_IN)
  if (!signIn || signIn[1] === "token") {
    return next()
  }
  const [, actorType, provider] = signIn
  const email = normalise(body.email)
  const account = passwordAccountKey(actorType, provider, email)

  const accountLock = email ? await lockedFor("AUTH_ACCOUNT_FAILURES", account) : 0
  if (accountLock) {
    return tooManyRequests(
      res,
      accountLock,
      "This account is locked for a while after too many wrong passwords; its owner was told by email."
    )
  }
  const addressLock = await lockedFor("AUTH_IP_FAILURES", ip)
  if (addressLock) {
    return tooManyRequests(res, addressLock, "Too many failed sign-ins from your network.")
  }

  res.on("finish", () => {
    const settle = async () => {
      if (res.statusCode === 200 && email) {
        // a person who finally typed the right password starts again from zero
        await limiterFor("AUTH_ACCOUNT_FAILURES").delete(account)
      } else if (res.statusCode === 401) {
        await recordFailure("AUTH_IP_FAILURES", ip)
        if (email && (await recordFailure("AUTH_ACCOUNT_FAILURES", account))) {
          await notifyOwner(
            req,
            actorType,
            provider,
            typeof body.email === "string" ? body.email.trim() : email
          )
        }
      }
    }
    settle().catch((error) => req.scope.resolve("logger").warn(`Sign-in limits: ${String(error)}`))
  })
  next()
}

/**
 * Budgets of the phone sign-in code requests: per address, and per number (normalised, so "06…" and
 * "+2126…" share one), whether or not the number is known, so the 429 tells nothing either.
 */
export async function phoneCodeRateLimit(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (
    !(await spend("PHONE_CODE_IP", clientIp(req), res, "Too many sign-in codes asked from your network."))
  ) {
    return
  }
  const typed = (req.body as { phone?: unknown } | undefined)?.phone
  const phone = typeof typed === "string" ? normalizePhone(typed) : null
  if (
    phone &&
    !(await spend(
      "PHONE_CODE_PHONE",
      phone,
      res,
      "Too many sign-in codes asked for this number: use the last one received."
    ))
  ) {
    return
  }
  next()
}
