import type { ILockingProvider, Logger } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { randomUUID } from "node:crypto"
import { setTimeout as sleep } from "node:timers/promises"
import type Redis from "ioredis"
import { ACQUIRE_ALL, EXTEND_OWNED, RELEASE_OWNED } from "./scripts"

export type RedisLockingOptions = {
  redisUrl: string
  /** Seconds `execute` waits for its keys before answering "Timed-out acquiring lock." (409). */
  waitLockingTimeout?: number
  /** First and longest pause between two tries, in milliseconds (the pause doubles, with jitter). */
  retryInterval?: number
  maximumRetryInterval?: number
  /** Prefix of the lock keys in Redis. */
  namespace?: string
}

type Dependencies = { redisClient: Redis; logger?: Logger }

/** How long a lock outlives a process that died holding it, unless the caller says otherwise. */
const DEFAULT_LEASE_SECONDS = 60

/**
 * Medusa's Locking Module provider on Redis, taking the keys of one lock all at once.
 *
 * Medusa's `locking-redis` (2.21) takes the keys of a lock one by one and keeps those it got while it
 * waits for the others. Two checkouts reserving the same two products could then each hold one
 * product and wait for the other's until both timed out: on two servers, 15 of 16 shoppers buying
 * the same products of two cooperatives were refused. Here a lock's keys are taken in one Lua script,
 * all or none, so nobody ever holds part of a lock while waiting.
 *
 * Semantics otherwise follow Medusa's provider: `execute` waits (by default 5 s) and renews its lease
 * while the job runs; `acquire` without a wait fails at once when another owner holds a key (the
 * workflow step `acquireLockStep` does its own retrying), and is re-entrant for the same owner.
 */
export class RedisLockingProvider implements ILockingProvider {
  static identifier = "locking-redis-atomic"

  private readonly redis: Redis
  private readonly logger?: Logger
  private readonly prefix: string
  private readonly waitSeconds: number
  private readonly retryInterval: number
  private readonly maximumRetryInterval: number

  constructor({ redisClient, logger }: Dependencies, options: RedisLockingOptions) {
    this.redis = redisClient
    this.logger = logger
    this.prefix = options.namespace ?? "bazaar_lock:"
    this.waitSeconds = options.waitLockingTimeout ?? 5
    this.retryInterval = options.retryInterval ?? 10
    this.maximumRetryInterval = options.maximumRetryInterval ?? 200
  }

  async execute<T>(
    keys: string | string[],
    job: (signal?: AbortSignal) => Promise<T>,
    args?: { timeout?: number; expire?: number }
  ): Promise<T> {
    const owner = `execute:${randomUUID()}`
    const lease = Math.max(args?.expire ?? DEFAULT_LEASE_SECONDS, 1)
    const waitUntil = Date.now() + Math.max(args?.timeout ?? this.waitSeconds, 1) * 1000
    const names = this.names(keys)

    let pause = this.retryInterval
    while (!(await this.takeAll(names, owner, lease))) {
      if (Date.now() + pause > waitUntil) {
        const holders = await this.redis.mget(...names)
        this.logger?.warn(
          `Gave up waiting for ${names.map((name, index) => `${name} (held by ${holders[index] ?? "nobody"})`).join(", ")}`
        )
        throw new MedusaError(MedusaError.Types.CONFLICT, "Timed-out acquiring lock.")
      }
      await sleep(pause * (0.5 + Math.random() * 0.5))
      pause = Math.min(pause * 2, this.maximumRetryInterval)
    }

    const renewal = this.renewWhileRunning(names, owner, lease)
    try {
      const result = await job(renewal.signal)
      // a job that lost its lease ran without exclusivity: its result cannot count as locked work
      if (renewal.signal.aborted) {
        throw renewal.signal.reason
      }
      return result
    } finally {
      renewal.stop()
      await this.redis.eval(RELEASE_OWNED, names.length, ...names, owner)
    }
  }

  async acquire(
    keys: string | string[],
    args?: { ownerId?: string | null; expire?: number; awaitQueue?: boolean }
  ): Promise<void> {
    const names = this.names(keys)
    const owner = args?.ownerId ?? "*"
    const lease = args?.expire ? Math.max(args.expire, 1) : 0
    let pause = this.retryInterval
    while (!(await this.takeAll(names, owner, lease))) {
      if (!args?.awaitQueue) {
        throw new MedusaError(
          MedusaError.Types.CONFLICT,
          `Failed to acquire lock for key "${this.keysOf(keys).join('", "')}"`
        )
      }
      await sleep(pause * (0.5 + Math.random() * 0.5))
      pause = Math.min(pause * 2, this.maximumRetryInterval)
    }
  }

  async release(keys: string | string[], args?: { ownerId?: string | null }): Promise<boolean> {
    const names = this.names(keys)
    const released = await this.redis.eval(RELEASE_OWNED, names.length, ...names, args?.ownerId ?? "*")
    return released === names.length
  }

  async releaseAll(args?: { ownerId?: string | null }): Promise<void> {
    const owner = args?.ownerId ?? "*"
    let cursor = "0"
    do {
      const [next, names] = await this.redis.scan(cursor, "MATCH", `${this.prefix}*`, "COUNT", 100)
      if (names.length > 0) {
        await this.redis.eval(RELEASE_OWNED, names.length, ...names, owner)
      }
      cursor = next
    } while (cursor !== "0")
  }

  private async takeAll(names: string[], owner: string, leaseSeconds: number): Promise<boolean> {
    return (await this.redis.eval(ACQUIRE_ALL, names.length, ...names, owner, leaseSeconds)) === 1
  }

  /**
   * Renews the lease every third of its length while the job runs, so that only a dead process lets
   * its keys expire; if the keys were lost anyway (Redis down longer than the lease), the job's
   * signal aborts.
   */
  private renewWhileRunning(names: string[], owner: string, leaseSeconds: number) {
    const controller = new AbortController()
    const timer = setInterval(
      () => {
        this.redis
          .eval(EXTEND_OWNED, names.length, ...names, owner, leaseSeconds)
          .then((extended) => {
            if (extended !== names.length && !controller.signal.aborted) {
              const message = `Lost the lock on ${names.join(", ")} while its job was still running.`
              this.logger?.warn(message)
              controller.abort(new MedusaError(MedusaError.Types.CONFLICT, message))
            }
          })
          .catch((error: Error) => this.logger?.warn(`Could not renew a lock lease: ${error.message}`))
      },
      Math.max((leaseSeconds * 1000) / 3, 250)
    )
    timer.unref()
    return { signal: controller.signal, stop: () => clearInterval(timer) }
  }

  private keysOf(keys: string | string[]): string[] {
    return [...new Set(Array.isArray(keys) ? keys : [keys])]
  }

  private names(keys: string | string[]): string[] {
    return this.keysOf(keys).map((key) => `${this.prefix}${key}`)
  }
}
