import type { ILockingProvider, Logger } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { randomUUID } from "node:crypto"
import { setTimeout as sleep } from "node:timers/promises"
import type Redis from "ioredis"
import { ACQUIRE_ALL, ACQUIRE_IN_TURN, EXTEND_OWNED, LEAVE_QUEUES, RELEASE_OWNED } from "./scripts"

export type RedisLockingOptions = {
  redisUrl: string
  /**
   * Seconds `execute` waits while its queue does not move (the keys stay with the same holders and
   * nobody ahead is served) before answering "Timed-out acquiring lock." (409).
   */
  waitLockingTimeout?: number
  /** Seconds `execute` waits at most, however fast its queue moves (below the HTTP server's 300 s). */
  maximumWaitLockingTimeout?: number
  /**
   * Seconds a lock taken with `acquire` and an expiry outlives the process that took it: the process
   * renews it while it lives (up to the expiry asked for), so a lock of a killed process frees soon.
   */
  livenessLease?: number
  /** First and longest pause between two tries, in milliseconds (the pause doubles, with jitter). */
  retryInterval?: number
  maximumRetryInterval?: number
  /** Prefix of the lock keys in Redis. */
  namespace?: string
}

type Dependencies = { redisClient: Redis; logger?: Logger }

/**
 * How long a lock of `execute` outlives a process that died holding it, unless the caller says
 * otherwise; renewed every third of it while the job runs. 15 s (Medusa's provider: 60 s) because a
 * server killed while reserving a popular product stalled every checkout of it for the whole lease;
 * a live process would have to stall 10 s without running a timer to lose it.
 */
const DEFAULT_LEASE_SECONDS = 15

/** A waiter that has not asked for its turn for this long (its process died) leaves the queue. */
const SILENT_WAITER_MS = 10_000

/** Marks the queues' keys (sorted sets, a hash, a counter), kept apart from the lock keys. */
const QUEUE_MARK = "~"

/** A lock taken with `acquire` and an expiry, which this process renews while it lives. */
type Held = { names: string[]; value: string; until: number }

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
  private readonly maximumWaitSeconds: number
  private readonly livenessLease: number
  private readonly held = new Map<string, Held>()
  private livenessTimer?: NodeJS.Timeout

  constructor({ redisClient, logger }: Dependencies, options: RedisLockingOptions) {
    this.redis = redisClient
    this.logger = logger
    this.prefix = options.namespace ?? "bazaar_lock:"
    this.waitSeconds = options.waitLockingTimeout ?? 5
    this.maximumWaitSeconds = Math.max(options.maximumWaitLockingTimeout ?? 240, this.waitSeconds)
    this.retryInterval = options.retryInterval ?? 10
    this.maximumRetryInterval = options.maximumRetryInterval ?? 200
    this.livenessLease = Math.max(options.livenessLease ?? 10, 2)
  }

  async execute<T>(
    keys: string | string[],
    job: (signal?: AbortSignal) => Promise<T>,
    args?: { timeout?: number; expire?: number }
  ): Promise<T> {
    const owner = `execute:${randomUUID()}`
    const lease = Math.max(args?.expire ?? DEFAULT_LEASE_SECONDS, 1)
    const names = this.names(keys)
    await this.waitForTurn(names, owner, lease, args?.timeout)

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
    // a lock without an owner is stored with a token of this taking, so only this process renews it
    const value = args?.ownerId ?? `*|${randomUUID()}`
    const expire = args?.expire ? Math.max(args.expire, 1) : 0
    // Medusa's cart completion takes the cart for 2 minutes: kept whole, a completion cut by a crash
    // left the shopper's retry refused (409) for those 2 minutes. The lock now lapses `livenessLease`
    // seconds after its process died, and is renewed while it lives, up to the expiry asked for.
    const lease = expire ? Math.min(expire, this.livenessLease) : 0
    let pause = this.retryInterval
    while (!(await this.takeAll(names, value, lease))) {
      if (!args?.awaitQueue) {
        throw new MedusaError(
          MedusaError.Types.CONFLICT,
          `Failed to acquire lock for key "${this.keysOf(keys).join('", "')}"`
        )
      }
      await sleep(pause * (0.5 + Math.random() * 0.5))
      pause = Math.min(pause * 2, this.maximumRetryInterval)
    }
    if (expire > lease) {
      this.keepAlive(names, value, Date.now() + expire * 1000)
    }
  }

  async release(keys: string | string[], args?: { ownerId?: string | null }): Promise<boolean> {
    const names = this.names(keys)
    this.forget(names)
    const released = await this.redis.eval(RELEASE_OWNED, names.length, ...names, args?.ownerId ?? "*")
    return released === names.length
  }

  async releaseAll(args?: { ownerId?: string | null }): Promise<void> {
    const owner = args?.ownerId ?? "*"
    for (const [name, held] of this.held) {
      if (owner === "*" ? held.value.startsWith("*|") : held.value === owner) {
        this.held.delete(name)
      }
    }
    let cursor = "0"
    do {
      const [next, found] = await this.redis.scan(cursor, "MATCH", `${this.prefix}*`, "COUNT", 100)
      const names = found.filter((name) => !name.startsWith(`${this.prefix}${QUEUE_MARK}`))
      if (names.length > 0) {
        await this.redis.eval(RELEASE_OWNED, names.length, ...names, owner)
      }
      cursor = next
    } while (cursor !== "0")
  }

  /**
   * Waits for the keys in turn (ACQUIRE_IN_TURN: first come, first served), as long as the queue
   * moves. Evidence: 64 shoppers buying the same two products on two servers queue for the
   * products' stock lock; each turn (Medusa's reservation, a few queries) took ~1 s on the loaded
   * 2-core machine, so the last ones waited longer than any fixed budget that still refuses a stuck
   * lock in reasonable time, and with everybody polling at random the unlucky could wait for ever
   * while newcomers went first. A waiter now gives up only when nothing moved (same holders, nobody
   * ahead served) for `waitLockingTimeout` seconds, or after `maximumWaitLockingTimeout` in all.
   */
  private async waitForTurn(names: string[], owner: string, lease: number, timeout?: number) {
    const queues = names.map((name) => `${this.prefix}${QUEUE_MARK}queue:${name}`)
    const waiters = `${this.prefix}${QUEUE_MARK}waiters`
    const stallMs = Math.max(timeout ?? this.waitSeconds, 1) * 1000
    const started = Date.now()
    const ticket = await this.redis.incr(`${this.prefix}${QUEUE_MARK}ticket`)
    let lastMoved = started
    let lastState = ""
    for (;;) {
      const answer = (await this.redis.eval(
        ACQUIRE_IN_TURN,
        names.length * 2 + 1,
        ...names,
        ...queues,
        waiters,
        owner,
        lease,
        ticket,
        SILENT_WAITER_MS
      )) as [number, number?, string?]
      if (answer[0] === 1) {
        return
      }
      const [, ahead = 0, holders = ""] = answer
      const state = `${ahead}|${holders}`
      const now = Date.now()
      if (state !== lastState) {
        lastState = state
        lastMoved = now
      }
      if (now - lastMoved > stallMs || now - started > this.maximumWaitSeconds * 1000) {
        await this.redis.eval(LEAVE_QUEUES, queues.length + 1, ...queues, waiters, owner)
        this.logger?.warn(
          `Gave up waiting for ${names.join(", ")} after ${Math.round((now - started) / 1000)} s ` +
            `(held by ${holders || "nobody"}, ${ahead} waiting ahead)`
        )
        throw new MedusaError(MedusaError.Types.CONFLICT, "Timed-out acquiring lock.")
      }
      // the head of the queue asks often; those further back less, to spare Redis and the CPU
      const pause = Math.min(this.retryInterval + ahead * this.retryInterval, this.maximumRetryInterval)
      await sleep(pause * (0.75 + Math.random() * 0.5))
    }
  }

  /** Renews, while this process lives, a lock taken with `acquire`, until `until` (epoch ms). */
  private keepAlive(names: string[], value: string, until: number) {
    for (const name of names) {
      this.held.set(name, { names, value, until })
    }
    if (!this.livenessTimer) {
      this.livenessTimer = setInterval(() => void this.renewHeld(), (this.livenessLease * 1000) / 4)
      this.livenessTimer.unref()
    }
  }

  private forget(names: string[]) {
    for (const name of names) {
      this.held.delete(name)
    }
    if (this.held.size === 0 && this.livenessTimer) {
      clearInterval(this.livenessTimer)
      this.livenessTimer = undefined
    }
  }

  private async renewHeld() {
    const now = Date.now()
    const locks = new Set(this.held.values())
    for (const lock of locks) {
      // past the expiry its taker asked for, the lock lapses on its own as it always did
      if (now >= lock.until) {
        this.forget(lock.names)
        continue
      }
      const lease = Math.max(1, Math.min(this.livenessLease, Math.ceil((lock.until - now) / 1000)))
      try {
        const extended = await this.redis.eval(
          EXTEND_OWNED,
          lock.names.length,
          ...lock.names,
          lock.value,
          lease
        )
        if (extended === 0) {
          // released elsewhere (another process, or the lease lapsed while this one stalled)
          this.forget(lock.names)
        }
      } catch (error) {
        this.logger?.warn(`Could not renew a lock lease: ${(error as Error).message}`)
      }
    }
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
