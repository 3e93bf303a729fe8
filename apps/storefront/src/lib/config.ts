import "server-only"

function readUrl(name: string, fallback: string): string {
  const value = process.env[name] || fallback
  try {
    return new URL(value).toString().replace(/\/$/, "")
  } catch {
    throw new Error(`${name} must be an absolute URL (got "${value}")`)
  }
}

/**
 * Runtime environment, validated when the server loads this module. The publishable key is
 * created by the seed after `next build`, so it is only required when a request needs it.
 */
export const env = {
  backendUrl: readUrl("MEDUSA_BACKEND_URL", "http://localhost:9000"),
  storefrontUrl: readUrl("STOREFRONT_URL", "http://localhost:8000"),
  publishableKey(): string {
    const key = process.env.MEDUSA_PUBLISHABLE_KEY
    if (!key) {
      throw new Error(
        "MEDUSA_PUBLISHABLE_KEY is not set: the storefront cannot call /store/* without it. " +
          "Create one with the seed (or in Medusa Admin → Settings → Publishable API keys) and restart."
      )
    }
    return key
  },
}
