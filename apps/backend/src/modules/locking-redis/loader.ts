import type { ProviderLoaderOptions } from "@medusajs/framework/types"
import { asValue } from "@medusajs/framework/awilix"
import Redis from "ioredis"
import type { RedisLockingOptions } from "./service"

/** One Redis connection for the provider, registered in its container as `redisClient`. */
export default async function connectRedis({ container, logger, options }: ProviderLoaderOptions) {
  const { redisUrl } = (options ?? {}) as Partial<RedisLockingOptions>
  if (!redisUrl) {
    throw new Error('The locking provider "./src/modules/locking-redis" needs the option "redisUrl".')
  }
  const connection = new Redis(redisUrl, { lazyConnect: true })
  try {
    await connection.connect()
    logger?.info("Connection to Redis in the locking provider established")
  } catch (error) {
    // ioredis keeps reconnecting: the locks work again as soon as Redis answers
    logger?.error(`The locking provider could not connect to Redis yet: ${(error as Error).message}`)
  }
  container.register({ redisClient: asValue(connection) })
}
