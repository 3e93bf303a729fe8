export { StartupError } from "./errors.js"
export {
  startMarketplace,
  STOREFRONT_KEY_TITLE,
  type MarketplaceOptions,
  type RunningMarketplace,
} from "./marketplace.js"
export {
  checkEncoding,
  ensureDatabase,
  startEmbeddedPostgres,
  useExternalPostgres,
  type PostgresHandle,
} from "./postgres.js"
export { findFreePort, isPortFree } from "./ports.js"
export { runCommand, startService, type ServiceProcess } from "./processes.js"
export { waitForHttp } from "./wait-for-http.js"
