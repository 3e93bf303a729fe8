import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import Stripe from "stripe"

/**
 * Medusa answers 200 to every webhook and checks Stripe's signature only later, in the subscriber:
 * a forged or corrupted call would then look accepted. Checking it here too answers 400 at once
 * (Stripe shows it in the dashboard and retries) and never queues an unsigned payload.
 */
export function verifyStripeSignature(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const secret = process.env.STRIPE_WEBHOOK_SECRET
  const signature = req.headers["stripe-signature"]
  // kept by the `preserveRawBody` body parser below
  const rawBody: Buffer | undefined = req.rawBody
  if (!secret || typeof signature !== "string" || !rawBody) {
    res.status(400).json({ type: "invalid_data", message: "Missing or unusable Stripe signature." })
    return
  }
  try {
    Stripe.webhooks.constructEvent(rawBody, signature, secret)
  } catch {
    res
      .status(400)
      .json({ type: "invalid_data", message: "The Stripe signature does not match this payload." })
    return
  }
  next()
}

export const hooksMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    // the provider registered as `id: "stripe"` in medusa-config.ts
    matcher: "/hooks/payment/stripe_stripe",
    bodyParser: { preserveRawBody: true },
    middlewares: [verifyStripeSignature],
  },
]
