"use client"

import { Elements, PaymentElement, useElements, useStripe } from "@stripe/react-stripe-js"
// the pure entry loads Stripe.js on first use, not on import: pages without cards never fetch it
import { loadStripe } from "@stripe/stripe-js/pure"
import type { Stripe } from "@stripe/stripe-js"
import { useState } from "react"
import type { Locale } from "@/lib/constants"
import { cardReturnPath } from "@/lib/util/paths"

type Labels = { pay: string; paying: string; declined: string }

type Props = {
  publishableKey: string
  clientSecret: string
  locale: Locale
  labels: Labels
  /** Called once Stripe has authorized the card: the order is then placed on the server. */
  onAuthorized: () => void
}

// loadStripe fetches Stripe.js once per key, not on every render
const stripes = new Map<string, Promise<Stripe | null>>()
function stripeFor(key: string) {
  if (!stripes.has(key)) {
    stripes.set(key, loadStripe(key))
  }
  return stripes.get(key)!
}

function CardFields({ locale, labels, onAuthorized }: Pick<Props, "locale" | "labels" | "onAuthorized">) {
  const stripe = useStripe()
  const elements = useElements()
  const [error, setError] = useState<string>()
  const [paying, setPaying] = useState(false)

  async function pay() {
    if (!stripe || !elements) {
      return
    }
    setPaying(true)
    setError(undefined)
    // cards needing 3-D Secure come back here; others are authorized without leaving the page
    const result = await stripe.confirmPayment({
      elements,
      redirect: "if_required",
      // payments confirmed on another page (3-D Secure, a bank) come back through this route
      confirmParams: { return_url: new URL(cardReturnPath(locale), window.location.origin).href },
    })
    if (result.error) {
      setError(result.error.message ?? labels.declined)
      setPaying(false)
      return
    }
    onAuthorized()
  }

  return (
    <div className="card-payment" data-testid="card-payment">
      <PaymentElement />
      {error && (
        <p className="alert alert--error" role="alert">
          {error}
        </p>
      )}
      <button
        type="button"
        className="button button--wide"
        disabled={!stripe || paying}
        onClick={pay}
        data-testid="card-pay"
      >
        {paying ? labels.paying : labels.pay}
      </button>
    </div>
  )
}

/** Stripe's Payment Element for the session made last, after shipping; the card never touches our servers. */
export default function CardPayment({ publishableKey, clientSecret, locale, labels, onAuthorized }: Props) {
  return (
    <Elements
      stripe={stripeFor(publishableKey)}
      options={{ clientSecret, locale: locale === "ar" ? "ar" : locale === "en" ? "en" : "fr" }}
    >
      <CardFields locale={locale} labels={labels} onAuthorized={onAuthorized} />
    </Elements>
  )
}
