/**
 * Every request budget of the API in one place (docs/security.md → Limits explains each number).
 *
 * The per-IP budgets are flood guards, sized for the storefront's own server: the storefront calls the
 * backend from its server, so without TRUST_PROXY every shopper and member behind one storefront
 * shares one address. What stops password guessing is the per-account lock, not the per-IP budgets.
 *
 * A budget is `points` requests per `seconds`; `lockSeconds` blocks the key that long once it is spent.
 * Each can be overridden by an environment variable `RATE_LIMIT_<NAME>` = "points/seconds", read on
 * every request (tests lower them; a deployment can tune them without a rebuild).
 */
export type Budget = { points: number; seconds: number; lockSeconds?: number }

export const LIMITS = {
  /** Any /auth/* request (sign-in, registration, session, token refresh) per address. */
  AUTH_IP: { points: 300, seconds: 60 },
  /** Failed sign-ins per address, whatever the account: one password tried on many accounts. */
  AUTH_IP_FAILURES: { points: 100, seconds: 15 * 60, lockSeconds: 15 * 60 },
  /** Failed sign-ins on one account (actor type + email) before it is locked, and for how long. */
  AUTH_ACCOUNT_FAILURES: { points: 10, seconds: 15 * 60, lockSeconds: 15 * 60 },
  /** Password-reset requests for one account, and per address. */
  PASSWORD_RESET_ACCOUNT: { points: 5, seconds: 60 * 60 },
  PASSWORD_RESET_IP: { points: 30, seconds: 60 * 60 },
  /** Phone sign-in codes asked for one number (each an SMS we pay for), and per address. */
  PHONE_CODE_PHONE: { points: 5, seconds: 60 * 60 },
  PHONE_CODE_IP: { points: 100, seconds: 60 * 60 },
  /** Access codes staff send members from the Admin, per staff user. */
  ACCESS_CODES_ACCOUNT: { points: 60, seconds: 60 * 60 },
  /** Invitations sent by one member or staff user, and per address. */
  INVITES_ACCOUNT: { points: 30, seconds: 60 * 60 },
  INVITES_IP: { points: 100, seconds: 60 * 60 },
  /** Product searches (POST /store/search) per address: 50 a second, the storefront's typeahead included. */
  SEARCH_IP: { points: 3000, seconds: 60 },
  /** Cooperative applications per login, and per address. */
  APPLICATIONS_ACCOUNT: { points: 5, seconds: 60 * 60 },
  APPLICATIONS_IP: { points: 60, seconds: 60 * 60 },
  /** Photo uploads (requests, up to 10 files each; portal and Admin) per login, and per address. */
  UPLOADS_ACCOUNT: { points: 60, seconds: 10 * 60 },
  UPLOADS_IP: { points: 600, seconds: 10 * 60 },
  /** A shopper's photos for her return requests (up to 3 a request), per account, and per address. */
  RETURN_PHOTOS_ACCOUNT: { points: 10, seconds: 60 * 60 },
  RETURN_PHOTOS_IP: { points: 200, seconds: 60 * 60 },
  /** A shopper's photos for her reviews (up to 3 a review), per account, and per address. */
  REVIEW_PHOTOS_ACCOUNT: { points: 10, seconds: 60 * 60 },
  REVIEW_PHOTOS_IP: { points: 200, seconds: 60 * 60 },
  /** Links asked to move a shopper's account to a new email (each an email to an address she names). */
  EMAIL_CHANGE_ACCOUNT: { points: 5, seconds: 60 * 60 },
  /** Wrong pick-up codes typed for one order at a stand before it is locked, and for how long. */
  PICKUP_CODE_FAILURES: { points: 5, seconds: 15 * 60, lockSeconds: 15 * 60 },
} satisfies Record<string, Budget>

export type LimitName = keyof typeof LIMITS

/** The budget in force now: the default above, or `RATE_LIMIT_<NAME>` when it is set and valid. */
export function budget(name: LimitName): Budget {
  const base: Budget = LIMITS[name]
  const override = process.env[`RATE_LIMIT_${name}`]
  const match = override?.trim().match(/^(\d+)\/(\d+)$/)
  if (!match) {
    return base
  }
  return { ...base, points: Number(match[1]), seconds: Number(match[2]) }
}

/** Largest page (`limit`) a list route answers, per route family (docs/security.md → Limits). */
export const PAGE_SIZE_LIMITS = {
  store: 200,
  vendor: 100,
  admin: 200,
} as const

/** Most values one search filter list (`$in`, `$nin` or a bare array) may hold. */
export const MAX_FILTER_VALUES = 100
