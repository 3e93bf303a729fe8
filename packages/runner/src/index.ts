export { backup, restore, type BackupManifest, type BackupOptions, type RestoreOptions } from "./backup.js"
export { StartupError } from "./errors.js"
export {
  startMarketplace,
  STOREFRONT_KEY_TITLE,
  type MarketplaceOptions,
  type RunningMarketplace,
} from "./marketplace.js"
export { startCluster, type ClusterOptions, type MedusaProcess, type RunningCluster } from "./cluster.js"
export {
  startLoadBalancer,
  type RunningLoadBalancer,
  type Upstream,
  type UpstreamState,
} from "./load-balancer.js"
export { MIGRATION_LOCK_KEY, withMigrationLock } from "./migrations.js"
export {
  checkEncoding,
  ensureDatabase,
  startEmbeddedPostgres,
  useExternalPostgres,
  type PostgresHandle,
} from "./postgres.js"
export { findFreePort, isPortFree } from "./ports.js"
export { runCommand, startService, type ServiceProcess } from "./processes.js"
export { pingRedis, startLocalRedis, useExternalRedis, waitForRedis, type RedisHandle } from "./redis.js"
export { waitForHttp } from "./wait-for-http.js"
export { startLocalMailbox, type LocalMailbox, type LocalMailboxOptions } from "./mailbox.js"
export {
  startSmsRecorder,
  type RecordedSms,
  type SmsRecorder,
  type SmsRecorderOptions,
} from "./sms-recorder.js"
