import { afterAll, beforeAll } from "vitest"
import { StripeStandIn } from "../../support/stripe-stand-in"

const STRIPE_ENV = ["STRIPE_API_KEY", "STRIPE_WEBHOOK_SECRET", "STRIPE_API_BASE"]

/**
 * Cards on, against a local stand-in of the Stripe API, for one spec file. Call it at the top level,
 * before `medusaIntegrationTestRunner`: its hook then runs ahead of the runner's own, which reads
 * medusa-config.ts (and so these settings) before anything else.
 */
export function useStripeStandIn(webhookSecret = "whsec_bazaar_stand_in"): StripeStandIn {
  const standIn = new StripeStandIn(webhookSecret)
  beforeAll(async () => {
    await standIn.start()
    process.env.STRIPE_API_KEY = "sk_test_bazaar_stand_in"
    process.env.STRIPE_WEBHOOK_SECRET = standIn.webhookSecret
    process.env.STRIPE_API_BASE = standIn.url
  })
  afterAll(async () => {
    STRIPE_ENV.forEach((name) => delete process.env[name])
    await standIn.stop()
  })
  return standIn
}
