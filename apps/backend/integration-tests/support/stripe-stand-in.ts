import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"
import Stripe from "stripe"

type Params = Record<string, unknown>

export type StandInIntent = {
  id: string
  object: "payment_intent"
  amount: number
  amount_capturable: number
  amount_received: number
  currency: string
  capture_method: "automatic" | "manual"
  status: string
  client_secret: string
  metadata: Record<string, string>
  payment_method: string | null
  last_payment_error: null
  customer: string | null
  created: number
  livemode: false
}

export type StandInRequest = { method: string; path: string; params: Params }

/** `metadata[session_id]=x&expand[0]=y` (how the SDK form-encodes) into nested objects and arrays. */
function parseForm(body: string): Params {
  const result: Params = {}
  for (const [key, value] of new URLSearchParams(body)) {
    const path = key.split(/\[|\]\[|\]/).filter(Boolean)
    let node: any = result
    path.forEach((part, index) => {
      if (index === path.length - 1) {
        node[part] = value
      } else {
        node[part] ??= /^\d+$/.test(path[index + 1]) ? [] : {}
        node = node[part]
      }
    })
  }
  return result
}

/**
 * A local stand-in for the parts of the Stripe API that Medusa's Stripe provider calls (payment
 * intents, refunds, customers), over real HTTP, so the `stripe` SDK and the provider run unchanged.
 * Card confirmation, which Stripe.js does in the shopper's browser, is `confirm()`; `event()` builds
 * the webhook payload Stripe would send for an intent, and `sign()` signs it like Stripe does.
 */
export class StripeStandIn {
  readonly intents = new Map<string, StandInIntent>()
  readonly refunds: { id: string; amount: number; payment_intent: string }[] = []
  readonly requests: StandInRequest[] = []
  private server?: Server
  private counter = 0

  constructor(readonly webhookSecret: string) {}

  get url() {
    const { port } = this.server!.address() as AddressInfo
    return `http://127.0.0.1:${port}`
  }

  async start() {
    this.server = createServer((req, res) => this.handle(req, res))
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve))
    return this
  }

  async stop() {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()))
  }

  /** What Stripe.js does when the shopper confirms the card: a manual-capture intent holds the money. */
  confirm(id: string, paymentMethod = "pm_card_visa") {
    const intent = this.intents.get(id)!
    intent.payment_method = paymentMethod
    if (intent.capture_method === "manual") {
      intent.status = "requires_capture"
      intent.amount_capturable = intent.amount
    } else {
      intent.status = "succeeded"
      intent.amount_received = intent.amount
    }
    return { ...intent }
  }

  /** A webhook event as Stripe sends it, carrying a snapshot of the intent. */
  event(type: string, intent: StandInIntent) {
    return JSON.stringify({
      id: `evt_${++this.counter}`,
      object: "event",
      api_version: "2025-09-30.clover",
      created: Math.floor(Date.now() / 1000),
      livemode: false,
      type,
      data: { object: intent },
    })
  }

  sign(payload: string, secret = this.webhookSecret) {
    return Stripe.webhooks.generateTestHeaderString({ payload, secret })
  }

  callsTo(pattern: RegExp) {
    return this.requests.filter((request) => pattern.test(`${request.method} ${request.path}`))
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = []
    for await (const chunk of req) {
      chunks.push(chunk as Buffer)
    }
    const url = new URL(req.url ?? "/", "http://stand-in")
    const params = { ...parseForm(url.search.slice(1)), ...parseForm(Buffer.concat(chunks).toString()) }
    const method = req.method ?? "GET"
    this.requests.push({ method, path: url.pathname, params })
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json", "request-id": `req_${++this.counter}` })
      res.end(JSON.stringify(body))
    }
    const unexpected = (intent: StandInIntent, message: string) =>
      send(400, {
        error: {
          type: "invalid_request_error",
          code: "payment_intent_unexpected_state",
          message,
          payment_intent: intent,
        },
      })

    const route = `${method} ${url.pathname}`
    let match: RegExpMatchArray | null
    if (route === "POST /v1/payment_intents") {
      const id = `pi_${++this.counter}`
      const intent: StandInIntent = {
        id,
        object: "payment_intent",
        amount: Number(params.amount),
        amount_capturable: 0,
        amount_received: 0,
        currency: String(params.currency),
        capture_method: params.capture_method === "manual" ? "manual" : "automatic",
        status: "requires_payment_method",
        client_secret: `${id}_secret_${this.counter}`,
        metadata: (params.metadata as Record<string, string>) ?? {},
        payment_method: null,
        last_payment_error: null,
        customer: (params.customer as string) ?? null,
        created: Math.floor(Date.now() / 1000),
        livemode: false,
      }
      this.intents.set(id, intent)
      return send(200, intent)
    }
    if (
      (match = route.match(/^(GET|POST) \/v1\/payment_intents\/(pi_\d+)(?:\/(capture|cancel|confirm))?$/))
    ) {
      const intent = this.intents.get(match[2])
      if (!intent) {
        return send(404, {
          error: {
            type: "invalid_request_error",
            code: "resource_missing",
            message: `No such payment_intent: '${match[2]}'`,
          },
        })
      }
      const action = match[3]
      if (match[1] === "GET") {
        return send(200, intent)
      }
      if (!action) {
        if (params.amount !== undefined) {
          intent.amount = Number(params.amount)
        }
        return send(200, intent)
      }
      if (action === "confirm") {
        return send(200, this.confirm(intent.id, (params.payment_method as string) ?? undefined))
      }
      if (action === "capture") {
        if (intent.status !== "requires_capture") {
          return unexpected(
            intent,
            `This PaymentIntent could not be captured because it has a status of ${intent.status}.`
          )
        }
        intent.amount_received = params.amount_to_capture
          ? Number(params.amount_to_capture)
          : intent.amount_capturable
        intent.amount_capturable = 0
        intent.status = "succeeded"
        return send(200, intent)
      }
      if (intent.status === "succeeded" || intent.status === "canceled") {
        return unexpected(
          intent,
          `You cannot cancel this PaymentIntent because it has a status of ${intent.status}.`
        )
      }
      intent.status = "canceled"
      intent.amount_capturable = 0
      return send(200, intent)
    }
    if (route === "POST /v1/refunds") {
      const intent = this.intents.get(String(params.payment_intent))
      if (!intent || intent.status !== "succeeded") {
        return send(400, {
          error: {
            type: "invalid_request_error",
            code: "charge_not_captured",
            message: "Nothing captured to refund.",
          },
        })
      }
      const amount = params.amount ? Number(params.amount) : intent.amount_received
      const refunded = this.refunds
        .filter((refund) => refund.payment_intent === intent.id)
        .reduce((sum, refund) => sum + refund.amount, 0)
      if (refunded + amount > intent.amount_received) {
        return send(400, {
          error: {
            type: "invalid_request_error",
            code: "charge_already_refunded",
            message: "Refund exceeds the charge.",
          },
        })
      }
      const refund = {
        id: `re_${++this.counter}`,
        object: "refund",
        amount,
        payment_intent: intent.id,
        status: "succeeded",
        currency: intent.currency,
      }
      this.refunds.push(refund)
      return send(200, refund)
    }
    if (route === "POST /v1/customers") {
      return send(200, { id: `cus_${++this.counter}`, object: "customer", email: params.email ?? null })
    }
    return send(404, {
      error: { type: "invalid_request_error", message: `Unrecognized request URL (${route}).` },
    })
  }
}
