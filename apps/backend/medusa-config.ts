import { defineConfig, loadEnv, Modules } from "@medusajs/framework/utils"
import { normalizeSearchText } from "./src/lib/search/normalize-search-text"
import { SEARCH_SYNONYMS } from "./src/lib/search/synonyms"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const redisUrl = process.env.REDIS_URL
const stripeApiKey = process.env.STRIPE_API_KEY
const isProduction = process.env.NODE_ENV === "production"

const storefrontUrl = process.env.STOREFRONT_URL || "http://localhost:8000"
const backendUrl = process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"

function requiredInProduction(name: string, devDefault: string): string {
  const value = process.env[name]
  if (value) {
    return value
  }
  // Secrets have a development default so `npm start` works on a fresh clone;
  // a production deployment that forgets them must not start with a known secret.
  if (isProduction && process.env.BAZAAR_ALLOW_DEV_SECRETS !== "true") {
    throw new Error(`${name} must be set when NODE_ENV=production`)
  }
  return devDefault
}

// Production parts switch on by environment (README → Configuration, .env.example); with nothing set,
// every module runs in-process so a fresh clone needs no services besides PostgreSQL.
const redisModules = redisUrl
  ? [
      {
        key: Modules.EVENT_BUS,
        resolve: "@medusajs/medusa/event-bus-redis",
        options: { redisUrl },
      },
      {
        key: Modules.WORKFLOW_ENGINE,
        resolve: "@medusajs/medusa/workflow-engine-redis",
        options: { redis: { redisUrl } },
      },
      {
        key: Modules.CACHE,
        resolve: "@medusajs/medusa/cache-redis",
        options: { redisUrl },
      },
      {
        key: Modules.LOCKING,
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            {
              // ours, not Medusa's locking-redis: it takes all keys of a lock at once, where Medusa's
              // can deadlock two checkouts of the same products (src/modules/locking-redis/service.ts)
              resolve: "./src/modules/locking-redis",
              id: "locking-redis",
              is_default: true,
              options: {
                redisUrl,
                // A checkout waits its turn (first come, first served) for a popular product's stock
                // lock rather than being refused while there is stock. 64 shoppers at once on the
                // loaded 2-core machine queued longer than any fixed budget (46 of 64 refused after
                // 60 s on one server, 12 on two), so a waiter gives up only when the queue stops
                // moving for 30 s (twice the 15 s lease a dead holder leaves), or after 240 s in all
                // (Node answers no request after 300 s).
                waitLockingTimeout: 30,
                maximumWaitLockingTimeout: 240,
                // the head of the queue asks every 10 ms, those behind it less often (up to 250 ms)
                retryInterval: 10,
                maximumRetryInterval: 250,
                // a cart completion cut by a crash frees the cart 10 s later instead of 2 minutes
                livenessLease: 10,
              },
            },
          ],
        },
      },
    ]
  : []

// Cash on delivery is always on (most Moroccan shoppers pay the courier); cards only with Stripe keys.
const paymentProviders = [
  { resolve: "./src/modules/cod", id: "cod" },
  ...(stripeApiKey
    ? [
        {
          // Medusa's Stripe provider; ours only lets STRIPE_API_BASE point the SDK at a stand-in in tests
          resolve: "./src/modules/stripe",
          id: "stripe",
          options: {
            apiKey: stripeApiKey,
            webhookSecret: process.env.STRIPE_WEBHOOK_SECRET,
            // charged when the order is placed (docs/orders-and-money.md): a card hold lapses after
            // 7 days, sooner than some parcels arrive, and the provider can capture an intent only once
            capture: true,
            apiBase: process.env.STRIPE_API_BASE,
          },
        },
      ]
    : []),
]

const fileModule = process.env.S3_BUCKET
  ? {
      key: Modules.FILE,
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            // Medusa's S3 provider, keeping the photo pipeline's names (src/modules/file-s3-photos)
            resolve: "./src/modules/file-s3-photos",
            id: "s3",
            options: {
              file_url: process.env.S3_FILE_URL,
              access_key_id: process.env.S3_ACCESS_KEY_ID,
              secret_access_key: process.env.S3_SECRET_ACCESS_KEY,
              region: process.env.S3_REGION,
              bucket: process.env.S3_BUCKET,
              endpoint: process.env.S3_ENDPOINT,
              // MinIO and most S3-compatible stores address buckets in the path, not the host name
              additional_client_config: { forcePathStyle: process.env.S3_FORCE_PATH_STYLE === "true" },
              // every stored name is unique (a ULID, or a photo variant's id): nothing changes under it
              cache_control: "public, max-age=31536000, immutable",
            },
          },
        ],
      },
    }
  : {
      key: Modules.FILE,
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            // Medusa's local provider, keeping the photo pipeline's names (src/modules/file-local-photos)
            resolve: "./src/modules/file-local-photos",
            id: "local",
            options: {
              backend_url: `${backendUrl}/static`,
              photos_url: `${backendUrl}/photos`,
              // absolute, so uploads survive `medusa build` wiping .medusa/server (see the runner)
              upload_dir: process.env.MEDUSA_UPLOAD_DIR,
            },
          },
        ],
      },
    }

// Search: the Search Module on PostgreSQL through our provider (the built-in one taught French and
// Arabic normalisation and index-served typo correction), or on Meilisearch when a server is named;
// both apply the same synonyms, and Meilisearch folds queries like the indexed text.
const searchModule = {
  key: Modules.SEARCH,
  resolve: "@medusajs/medusa/search",
  options: {
    providers: process.env.MEILISEARCH_HOST
      ? [
          {
            resolve: "@bazaar/search-meilisearch",
            id: "meilisearch",
            options: {
              host: process.env.MEILISEARCH_HOST,
              apiKey: process.env.MEILISEARCH_API_KEY,
              synonyms: SEARCH_SYNONYMS,
              normalize: normalizeSearchText,
            },
          },
        ]
      : [{ resolve: "./src/modules/multilingual-search", id: "postgres", options: { language: "french" } }],
    // a (re)index writes what the index's seed reads (pages of 1 000) in one go, not by 100
    reindex: { batch_size: 1000 },
  },
}

// Email goes out through SMTP when SMTP_URL names a server (`npm start` points it at its local mailbox);
// SMS through a gateway speaking Twilio's Messages API when SMS_PROVIDER=twilio (`npm start` points it
// at its local recorder). Without them, and always for the portal's `feed`, messages are only
// recorded (table + log).
const smtpUrl = process.env.SMTP_URL
const smsProvider = process.env.SMS_PROVIDER
if (smsProvider && smsProvider !== "twilio") {
  throw new Error(
    `SMS_PROVIDER=${smsProvider} is not supported: use "twilio" (or any gateway with Twilio's API)`
  )
}
const recordedChannels = ["feed", ...(smtpUrl ? [] : ["email"]), ...(smsProvider ? [] : ["sms"])]
const notificationModule = {
  key: Modules.NOTIFICATION,
  resolve: "@medusajs/medusa/notification",
  options: {
    providers: [
      ...(smtpUrl
        ? [
            {
              resolve: "./src/modules/notification-smtp",
              id: "smtp",
              options: {
                channels: ["email"],
                url: smtpUrl,
                from: process.env.EMAIL_FROM || "Bazar Solidaire <no-reply@bazar-solidaire.localhost>",
              },
            },
          ]
        : []),
      ...(smsProvider
        ? [
            {
              resolve: "./src/modules/notification-sms",
              id: "sms",
              options: {
                channels: ["sms"],
                accountSid: process.env.TWILIO_ACCOUNT_SID,
                authToken: process.env.TWILIO_AUTH_TOKEN,
                from: process.env.SMS_FROM,
                apiUrl: process.env.TWILIO_API_URL,
              },
            },
          ]
        : []),
      {
        resolve: "@medusajs/medusa/notification-local",
        id: "local",
        options: { channels: recordedChannels },
      },
    ],
  },
}

// Members of cooperatives also sign in with their phone and a code sent by SMS (docs/security.md →
// Phone sign-in codes); shoppers and staff keep email and password only.
const authModule = {
  key: Modules.AUTH,
  resolve: "@medusajs/medusa/auth",
  options: {
    providers: [
      { resolve: "@medusajs/medusa/auth-emailpass", id: "emailpass" },
      { resolve: "./src/modules/auth-phone-otp", id: "phone-otp" },
    ],
  },
}

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    databaseDriverOptions: { connection: { ssl: process.env.DATABASE_SSL === "true" } },
    redisUrl,
    workerMode: (process.env.MEDUSA_WORKER_MODE as "shared" | "worker" | "server") || "shared",
    // In production Medusa marks the session cookie Secure, which browsers only keep over HTTPS;
    // `npm start` serves plain http://localhost, where staff could then never sign in to Admin.
    ...(process.env.MEDUSA_INSECURE_COOKIES === "true" ? { cookieOptions: { secure: false } } : {}),
    http: {
      storeCors: process.env.STORE_CORS || storefrontUrl,
      adminCors: process.env.ADMIN_CORS || backendUrl,
      authCors: process.env.AUTH_CORS || `${storefrontUrl},${backendUrl}`,
      jwtSecret: requiredInProduction("JWT_SECRET", "bazaar-dev-jwt-secret"),
      cookieSecret: requiredInProduction("COOKIE_SECRET", "bazaar-dev-cookie-secret"),
      authMethodsPerActor: {
        user: ["emailpass"],
        customer: ["emailpass"],
        vendor: ["emailpass", "phone-otp"],
      },
    },
  },
  admin: {
    disable: process.env.MEDUSA_DISABLE_ADMIN === "true",
    backendUrl: process.env.MEDUSA_ADMIN_BACKEND_URL || "/",
  },
  featureFlags: {
    translation: true,
  },
  modules: [
    { resolve: "./src/modules/vendor" },
    { resolve: "./src/modules/ledger" },
    { resolve: "./src/modules/bazaar-event" },
    { resolve: "./src/modules/favourite" },
    { resolve: "./src/modules/impact" },
    { resolve: "./src/modules/review" },
    { resolve: "@medusajs/medusa/translation" },
    authModule,
    searchModule,
    fileModule,
    notificationModule,
    {
      key: Modules.PAYMENT,
      resolve: "@medusajs/medusa/payment",
      options: { providers: paymentProviders },
    },
    ...redisModules,
  ],
})
