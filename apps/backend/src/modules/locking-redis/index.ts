import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import connectRedis from "./loader"
import { RedisLockingProvider } from "./service"

/**
 * Locks in Redis for the production shape (several servers and a worker), taking all the keys of a
 * lock at once: see service.ts for why Medusa's own Redis provider is not used.
 */
export default ModuleProvider(Modules.LOCKING, {
  services: [RedisLockingProvider],
  loaders: [connectRedis],
})
