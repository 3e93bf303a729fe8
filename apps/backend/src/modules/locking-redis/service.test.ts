import { findFreePort, startLocalRedis, useExternalRedis, type RedisHandle } from "@bazaar/runner"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { setTimeout as sleep } from "node:timers/promises"
import Redis from "ioredis"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { RedisLockingProvider } from "./service"

// A real Redis: REDIS_URL when set, otherwise a redis-server of its own on a free port.
let redisServer: RedisHandle
let redis: Redis
let dataDir: string
let namespace = 0

/** A provider on its own key prefix, as two servers of the cluster would share one Redis. */
function provider(
  options: { waitLockingTimeout?: number; maximumWaitLockingTimeout?: number; livenessLease?: number } = {}
) {
  return new RedisLockingProvider(
    { redisClient: redis },
    { redisUrl: redisServer.url, namespace: `test_lock_${process.pid}_${namespace}:`, ...options }
  )
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "bazaar-lock-test-"))
  redisServer = process.env.REDIS_URL
    ? await useExternalRedis(process.env.REDIS_URL)
    : await startLocalRedis({ dataDir, port: await findFreePort() })
  redis = new Redis(redisServer.url)
})

afterAll(async () => {
  redis?.disconnect()
  await redisServer?.stop()
  rmSync(dataDir, { recursive: true, force: true })
})

describe("locks in Redis", () => {
  it("serves checkouts locking the same two products in opposite orders without any timing out", async () => {
    namespace++
    const server1 = provider({ waitLockingTimeout: 5 })
    const server2 = provider({ waitLockingTimeout: 5 })
    const inside = { now: 0, most: 0 }
    const reservation = async () => {
      inside.most = Math.max(inside.most, ++inside.now)
      await sleep(5)
      inside.now--
    }

    const results = await Promise.allSettled(
      Array.from({ length: 40 }, (_, index) =>
        index % 2 === 0
          ? server1.execute(["argan", "saffron"], reservation)
          : server2.execute(["saffron", "argan"], reservation)
      )
    )

    expect(results.filter((result) => result.status === "rejected")).toEqual([])
    expect(inside.most).toBe(1)
  })

  it("times out with a conflict, holding none of the keys, when another owner keeps one", async () => {
    namespace++
    const locks = provider({ waitLockingTimeout: 1 })
    await locks.acquire("saffron", { ownerId: "staff-edit", expire: 30 })

    await expect(locks.execute(["argan", "saffron"], async () => "reserved")).rejects.toThrow(
      "Timed-out acquiring lock."
    )
    // argan was never taken while waiting for saffron
    await expect(locks.execute("argan", async () => "reserved")).resolves.toBe("reserved")
  })

  it("lets an owner take its keys again, refuses another owner at once, and releases only for the owner", async () => {
    namespace++
    const locks = provider()
    await locks.acquire(["cart_1"], { ownerId: "checkout-a", expire: 30 })
    await locks.acquire(["cart_1"], { ownerId: "checkout-a", expire: 30 })

    await expect(locks.acquire(["cart_1"], { ownerId: "checkout-b" })).rejects.toThrow(
      'Failed to acquire lock for key "cart_1"'
    )
    expect(await locks.release(["cart_1"], { ownerId: "checkout-b" })).toBe(false)
    expect(await locks.release(["cart_1"], { ownerId: "checkout-a" })).toBe(true)
    await locks.acquire(["cart_1"], { ownerId: "checkout-b" })
  })

  it("releases every key of one owner, and only those", async () => {
    namespace++
    const locks = provider()
    await locks.acquire(["a", "b"], { ownerId: "worker-1" })
    await locks.acquire(["c"], { ownerId: "worker-2" })

    // while a queue for "a" exists beside the locks
    const queued = locks.execute("a", async () => "served", { timeout: 5 })
    await sleep(100)

    await locks.releaseAll({ ownerId: "worker-1" })
    await expect(queued).resolves.toBe("served")

    await locks.acquire(["a", "b"], { ownerId: "worker-3" })
    await expect(locks.acquire(["c"], { ownerId: "worker-3" })).rejects.toThrow(/Failed to acquire lock/)
  })

  it("keeps the lease while a job outlives it, and lets it lapse when the holder is gone", async () => {
    namespace++
    const locks = provider({ waitLockingTimeout: 1 })
    const slowJob = locks.execute("rug", () => sleep(3_500).then(() => "done"), { expire: 1 })
    await sleep(1_500)
    await expect(locks.execute("rug", async () => "second")).rejects.toThrow("Timed-out acquiring lock.")
    await expect(slowJob).resolves.toBe("done")

    // a process that died holding a lock: its lease runs out
    await locks.acquire("pottery", { ownerId: "dead-server", expire: 1 })
    await expect(locks.execute("pottery", async () => "after the lease", { timeout: 3 })).resolves.toBe(
      "after the lease"
    )
  })

  it("serves waiters first come, first served, and keeps a long queue waiting as long as it moves", async () => {
    namespace++
    // each turn is longer than the 1 s a waiter waits without progress: only a moving queue helps
    const server1 = provider({ waitLockingTimeout: 1 })
    const server2 = provider({ waitLockingTimeout: 1 })
    const served: number[] = []
    const shoppers = Array.from({ length: 6 }, async (_, index) => {
      await sleep(index * 40) // arrive in order
      return (index % 2 === 0 ? server1 : server2).execute(["argan", "saffron"], async () => {
        served.push(index)
        await sleep(400)
      })
    })

    const results = await Promise.allSettled(shoppers)

    // the last one waited ~2 s, twice its budget without progress, and was served
    expect(results.filter((result) => result.status === "rejected")).toEqual([])
    expect(served).toEqual([0, 1, 2, 3, 4, 5])
  })

  it("gives up after the longest wait allowed, even in a moving queue", async () => {
    namespace++
    // the lock changes hands every 0.8 s, within the 1 s allowed without progress
    const locks = provider({ waitLockingTimeout: 1, maximumWaitLockingTimeout: 1.2 })
    const turns = Array.from({ length: 4 }, () => locks.execute("amlou", () => sleep(800)))

    const results = await Promise.allSettled(turns)

    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(2)
    expect(results.filter((result) => result.status === "rejected")).toHaveLength(2)
  })

  it("frees a lock taken without an owner soon after its process died, and keeps it while it lives", async () => {
    namespace++
    const living = provider({ livenessLease: 2 })
    const dying = provider({ livenessLease: 2 })
    const other = provider()
    // as Medusa's cart completion does: no owner, 2 minutes
    await living.acquire("cart_alive", { expire: 120 })
    await dying.acquire("cart_cut", { expire: 120 })
    // a killed process renews nothing: stop this one's renewals as its death would
    await dying.releaseAll({ ownerId: "nobody" })
    ;(dying as unknown as { held: Map<string, unknown> }).held.clear()

    await sleep(3_500)

    await expect(other.acquire("cart_alive")).rejects.toThrow(/Failed to acquire lock/)
    await other.acquire("cart_cut")
    expect(await living.release("cart_alive")).toBe(true)
  })
})
