import { findFreePort, startLocalMailbox, startMarketplace, startSmsRecorder } from "@bazaar/runner"
import { chmodSync, mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import type { TestProject } from "vitest/node"
import { StripeStandIn } from "../../apps/backend/integration-tests/support/stripe-stand-in"

declare module "vitest" {
  export interface ProvidedContext {
    storefrontUrl: string
    backendUrl: string
    publishableKey: string
    stripeStandInUrl: string
    /** The marketplace's database, to read what it recorded of its notifications. */
    databaseUrl: string
    /** The local mailbox every email goes to (MailDev: `GET <url>/api/email`). */
    mailboxUrl: string
    /** The local SMS gateway every SMS goes to (`GET <url>/api/messages`). */
    smsUrl: string
  }
}

/**
 * Starts the whole marketplace as `npm start` does — a fresh embedded PostgreSQL, migrations, the
 * demo data, the built backend and storefront — on free ports, so journeys run beside a developer's
 * own servers. Turbo builds both apps before this package's tests.
 *
 * Cards are on, as in production, against a local stand-in of the Stripe API (Stripe cannot be
 * reached from CI); cash on delivery stays the default in Morocco.
 */
export default async function setup(project: TestProject) {
  const rootDir = resolve(fileURLToPath(import.meta.url), "..", "..", "..")
  const dataDir = mkdtempSync(join(tmpdir(), "bazaar-e2e-"))
  // as root, the embedded cluster runs as the "postgres" user, who must be able to enter the folder
  chmodSync(dataDir, 0o755)

  // Emails leave through SMTP to a real local mailbox, as with `npm start`; the journeys read it.
  const mailbox = await startLocalMailbox({ smtpPort: await findFreePort(), webPort: await findFreePort() })
  process.env.SMTP_URL = mailbox.smtpUrl
  // SMS go through the real Twilio provider to the local recorder of Twilio's API, as with `npm start`
  const sms = await startSmsRecorder({ port: 0 })
  Object.assign(process.env, {
    SMS_PROVIDER: "twilio",
    TWILIO_API_URL: sms.apiUrl,
    TWILIO_ACCOUNT_SID: "ACe2e",
    TWILIO_AUTH_TOKEN: "e2e",
    SMS_FROM: "BazarSolid",
  })

  const stripe = await new StripeStandIn("whsec_e2e").start()
  // the backend and the storefront inherit these (seeding offers cards in both regions)
  Object.assign(process.env, {
    STRIPE_API_KEY: "sk_test_e2e",
    STRIPE_WEBHOOK_SECRET: stripe.webhookSecret,
    STRIPE_API_BASE: stripe.url,
    STRIPE_PUBLISHABLE_KEY: "pk_test_e2e",
  })

  const marketplace = await startMarketplace({
    rootDir,
    dataDir,
    backendPort: await findFreePort(),
    storefrontPort: await findFreePort(),
    postgresPort: await findFreePort(),
    databaseName: "bazaar_e2e",
    build: false,
    step: (message) => console.log(`[e2e] ${message}`),
  }).catch(async (error) => {
    await stripe.stop()
    await mailbox.stop()
    await sms.stop()
    rmSync(dataDir, { recursive: true, force: true })
    throw error
  })

  project.provide("storefrontUrl", marketplace.storefrontUrl)
  project.provide("backendUrl", marketplace.backendUrl)
  project.provide("publishableKey", marketplace.publishableKey)
  project.provide("stripeStandInUrl", stripe.url)
  project.provide("databaseUrl", marketplace.databaseUrl)
  project.provide("mailboxUrl", mailbox.webUrl)
  project.provide("smsUrl", sms.webUrl)

  return async () => {
    await marketplace.stop()
    await stripe.stop()
    await mailbox.stop()
    await sms.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}
