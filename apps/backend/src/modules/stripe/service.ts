import { createRequire } from "node:module"
import type Stripe from "stripe"
import { StripeProviderService } from "@medusajs/payment-stripe/dist/services"

// the SDK version Medusa's provider was built with (its own pinned copy), not whichever one is hoisted
const StripeSdk: typeof Stripe = createRequire(require.resolve("@medusajs/payment-stripe"))("stripe")

type Options = ConstructorParameters<typeof StripeProviderService>[1] & { apiBase?: string }

/**
 * Medusa's Stripe card provider, unchanged, except that `apiBase` (e.g. http://127.0.0.1:12111)
 * points the SDK at another host: Stripe cannot be reached from CI, so tests use a local stand-in.
 */
export default class BazaarStripeProviderService extends StripeProviderService {
  constructor(cradle: Record<string, unknown>, options: Options) {
    super(cradle, options)
    if (options.apiBase) {
      const url = new URL(options.apiBase)
      this.stripe_ = new StripeSdk(options.apiKey, {
        host: url.hostname,
        port: Number(url.port || (url.protocol === "https:" ? 443 : 80)),
        protocol: url.protocol === "https:" ? "https" : "http",
        maxNetworkRetries: 0,
      })
    }
  }
}
