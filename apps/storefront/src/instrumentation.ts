/**
 * Runs once when the server starts: says at once, in the log, that the storefront cannot work
 * without its publishable key, instead of letting the first shopper find out.
 */
export function register() {
  const building = process.env.NEXT_PHASE === "phase-production-build"
  if (!building && process.env.NEXT_RUNTIME === "nodejs" && !process.env.MEDUSA_PUBLISHABLE_KEY) {
    console.warn(
      "[storefront] MEDUSA_PUBLISHABLE_KEY is not set: every shop page will fail until it is " +
        "(the backend seed prints one; see apps/storefront/README.md)."
    )
  }
}
