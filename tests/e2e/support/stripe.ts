// Card payments in the browser without Stripe: Stripe.js and the Stripe API cannot be reached from
// CI, so the page gets a small stand-in of Stripe.js whose Payment Element is a plain box and whose
// confirmPayment confirms the intent on the backend's Stripe stand-in — as Stripe.js does with Stripe.
// Everything on our side runs unchanged: the storefront's Payment Element code, the session, the
// backend's Stripe provider checking the intent, and the order.
import type { BrowserContext } from "playwright-core"

/** What the page loads in place of https://js.stripe.com/…/stripe.js: the calls our checkout makes. */
const STRIPE_JS_STAND_IN = `
(function () {
  function Stripe(key) {
    var clientSecret = null
    function createElement(type) {
      var listeners = {}
      var box = null
      var emit = function (name, event) { (listeners[name] || []).forEach(function (listener) { listener(event) }) }
      return {
        mount: function (target) {
          var node = typeof target === "string" ? document.querySelector(target) : target
          box = document.createElement("div")
          box.setAttribute("data-testid", "stripe-payment-element")
          box.textContent = "4242 4242 4242 4242 — 12/34 — 123"
          node.appendChild(box)
          setTimeout(function () { emit("ready", { elementType: type }) }, 0)
        },
        on: function (name, listener) { (listeners[name] = listeners[name] || []).push(listener); return this },
        off: function (name, listener) { listeners[name] = (listeners[name] || []).filter(function (l) { return l !== listener }); return this },
        once: function (name, listener) { return this.on(name, listener) },
        update: function () {},
        focus: function () {},
        blur: function () {},
        clear: function () {},
        collapse: function () {},
        unmount: function () { if (box) { box.remove() } },
        destroy: function () { if (box) { box.remove() } },
      }
    }
    var created = {}
    return {
      elements: function (options) {
        clientSecret = options && options.clientSecret
        return {
          create: function (type) { return (created[type] = createElement(type)) },
          getElement: function (type) { return created[type] || null },
          update: function () {},
          fetchUpdates: function () { return Promise.resolve({}) },
          submit: function () { return Promise.resolve({}) },
        }
      },
      // window.stripeStandInRedirect = "succeeded" | "failed" plays a payment confirmed on the bank's
      // page (3-D Secure): Stripe.js then leaves for return_url with the outcome in redirect_status
      confirmPayment: function (args) {
        var intent = String(clientSecret).split("_secret_")[0]
        var redirect = window.stripeStandInRedirect
        var back = function (status) {
          var url = new URL(args.confirmParams.return_url)
          url.searchParams.set("payment_intent", intent)
          url.searchParams.set("payment_intent_client_secret", clientSecret)
          url.searchParams.set("redirect_status", status)
          window.location.assign(url.href)
          return new Promise(function () {})
        }
        if (redirect === "failed") {
          return back("failed")
        }
        return fetch("https://api.stripe.com/v1/payment_intents/" + intent + "/confirm", {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded" },
          body: "payment_method=pm_card_visa&client_secret=" + encodeURIComponent(clientSecret),
        })
          .then(function (response) { return response.json() })
          .then(function (body) {
            if (redirect === "succeeded") {
              return back(body.error ? "failed" : "succeeded")
            }
            return body.error ? { error: body.error } : { paymentIntent: body }
          })
      },
      createToken: function () { return Promise.reject(new Error("not in the stand-in")) },
      createPaymentMethod: function () { return Promise.reject(new Error("not in the stand-in")) },
      confirmCardPayment: function () { return Promise.reject(new Error("not in the stand-in")) },
      registerAppInfo: function () {},
      _registerWrapper: function () {},
    }
  }
  Stripe.version = "endive"
  window.Stripe = Stripe
})()
`

/**
 * Serves the Stripe.js stand-in to this browser context and forwards its Stripe API calls to the
 * backend's Stripe stand-in. Returns the ids of the payment intents the shopper confirmed.
 */
export async function payWithStripeStandIn(context: BrowserContext, standInUrl: string): Promise<string[]> {
  const confirmed: string[] = []
  await context.route("https://js.stripe.com/**", (route) =>
    route.fulfill({ status: 200, contentType: "application/javascript", body: STRIPE_JS_STAND_IN })
  )
  await context.route("https://api.stripe.com/**", async (route) => {
    const path = new URL(route.request().url()).pathname
    const intent = path.match(/^\/v1\/payment_intents\/([^/]+)\/confirm$/)?.[1]
    if (intent) {
      confirmed.push(intent)
    }
    const response = await route.fetch({ url: `${standInUrl}${path}` })
    await route.fulfill({ response, headers: { ...response.headers(), "access-control-allow-origin": "*" } })
  })
  return confirmed
}

/** A payment intent as the Stripe stand-in holds it. */
export async function readPaymentIntent(
  standInUrl: string,
  id: string
): Promise<{ status: string; amount: number; amount_received: number; currency: string }> {
  const response = await fetch(`${standInUrl}/v1/payment_intents/${id}`)
  return (await response.json()) as never
}
