import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import Redis from "ioredis"
import {
  RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from "rate-limiter-flexible"
import { budget, type LimitName } from "./limits"

let redis: Redis | undefined
const limiters = new Map<string, RateLimiterAbstract>()

/**
 * The limiter for a budget: in memory in one process, or in Redis when REDIS_URL is set so that every
 * server of a cluster counts against the same budget. If Redis cannot be reached, each server keeps
 * counting in memory (rate-limiter-flexible's insurance limiter) rather than letting everything through.
 */
export function limiterFor(name: LimitName): RateLimiterAbstract {
  const { points, seconds } = budget(name)
  const id = `${name}:${points}/${seconds}`
  let limiter = limiters.get(id)
  if (!limiter) {
    const options = { keyPrefix: `bazaar-rl:${id}`, points, duration: seconds }
    const url = process.env.REDIS_URL
    if (url) {
      // no offline queue: a request must not wait for Redis to come back, the insurance limiter answers
      redis ??= new Redis(url, { enableOfflineQueue: false, lazyConnect: false })
      limiter = new RateLimiterRedis({
        ...options,
        storeClient: redis,
        insuranceLimiter: new RateLimiterMemory(options),
      })
    } else {
      limiter = new RateLimiterMemory(options)
    }
    limiters.set(id, limiter)
  }
  return limiter
}

/**
 * The address a request came from. X-Forwarded-For is only believed when TRUST_PROXY names how many
 * proxies in front of the backend append to it (1 for one reverse proxy): anyone can send that header,
 * so trusting it by default would let every request pick a fresh budget.
 */
export function clientIp(req: MedusaRequest): string {
  const remote = req.socket?.remoteAddress ?? "unknown"
  const hops = Number(process.env.TRUST_PROXY ?? 0)
  if (!Number.isInteger(hops) || hops <= 0) {
    return remote
  }
  const forwarded = String(req.headers["x-forwarded-for"] ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)
  // nearest first: the socket is the last proxy, each proxy appended the address it saw
  const chain = [remote, ...forwarded.reverse()]
  return chain[Math.min(hops, chain.length - 1)]
}

function waitText(seconds: number): string {
  if (seconds < 90) {
    return `${seconds} seconds`
  }
  const minutes = Math.ceil(seconds / 60)
  return minutes < 90 ? `${minutes} minutes` : `${Math.ceil(minutes / 60)} hours`
}

/** Answers 429 with Retry-After and a message a person can act on. */
export function tooManyRequests(res: MedusaResponse, msBeforeNext: number, what: string) {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000))
  res.setHeader("Retry-After", String(seconds))
  res.status(429).json({
    type: "not_allowed",
    code: "rate_limited",
    message: `${what} Please try again in ${waitText(seconds)}.`,
  })
}

/**
 * Spends one point of `name` for `key`; answers 429 itself and returns false when the budget is spent.
 * A limiter error (not a rejection) lets the request through: a broken counter must not stop the shop.
 */
export async function spend(
  name: LimitName,
  key: string,
  res: MedusaResponse,
  what: string
): Promise<boolean> {
  try {
    await limiterFor(name).consume(key)
    return true
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) {
      tooManyRequests(res, rejection.msBeforeNext, what)
      return false
    }
    return true
  }
}

/** How long `key` stays locked under the failure budget `name` (0 when it is not locked). */
export async function lockedFor(name: LimitName, key: string): Promise<number> {
  try {
    const state = await limiterFor(name).get(key)
    return state && state.consumedPoints >= budget(name).points ? state.msBeforeNext : 0
  } catch {
    return 0
  }
}

/** Counts one failure; locks the key when it reaches the budget and says so (true exactly once). */
export async function recordFailure(name: LimitName, key: string): Promise<boolean> {
  const { points, lockSeconds } = budget(name)
  const limiter = limiterFor(name)
  try {
    const state = await limiter.consume(key)
    if (state.consumedPoints === points) {
      await limiter.block(key, lockSeconds ?? 15 * 60)
      return true
    }
  } catch {
    // already over the budget (a parallel failure locked it) or the counter is unreachable
  }
  return false
}

type KeyOf = (req: MedusaRequest) => string | undefined

/** The signed-in actor (or the login without an actor yet), for per-account budgets. */
export const accountKey: KeyOf = (req) => {
  const auth = (req as MedusaRequest & { auth_context?: { actor_id?: string; auth_identity_id?: string } })
    .auth_context
  return auth?.actor_id || auth?.auth_identity_id || undefined
}

/**
 * A route middleware spending one point per request from each budget given: per address and, when the
 * request is signed in, per account. `what` opens the 429 message ("Too many searches.").
 */
export function rateLimit(what: string, budgets: { ip?: LimitName; account?: LimitName }) {
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    if (budgets.ip && !(await spend(budgets.ip, clientIp(req), res, what))) {
      return
    }
    const account = budgets.account ? accountKey(req) : undefined
    if (budgets.account && account && !(await spend(budgets.account, account, res, what))) {
      return
    }
    next()
  }
}
