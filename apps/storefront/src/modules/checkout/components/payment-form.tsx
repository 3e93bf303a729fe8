"use client"

import { useActionState, useRef, useState, useTransition } from "react"
import type { Locale } from "@/lib/constants"
import type { FormState } from "@/lib/forms/form"
import type { CardSessionState } from "@/lib/actions/checkout"
import FormAlert from "@/modules/common/components/forms/form-alert"
import SubmitButton from "@/modules/common/components/forms/submit-button"
import CardPayment from "./card-payment"

type Props = {
  locale: Locale
  placeOrder: (state: FormState, formData: FormData) => Promise<FormState>
  startCardPayment: (state: CardSessionState, formData: FormData) => Promise<CardSessionState>
  /** Stripe's publishable key when card payments are on, else undefined (cash on delivery only). */
  stripeKey?: string
  defaultMethod: "cod" | "card"
  /** The last card payment did not go through: the form opens saying so, on the card. */
  cardFailed?: boolean
  labels: {
    cod: string
    codHint: string
    card: string
    cardHint: string
    cardStart: string
    cardLoading: string
    placeOrder: string
    placing: string
    payAndOrder: string
  }
  errors: Record<string, string>
}

/**
 * Cash on delivery places the order at once (the session is made on the server, last); a card
 * opens Stripe's Payment Element for a session made now, then places the order once authorized.
 */
export default function PaymentForm(props: Props) {
  const { labels, errors, locale } = props
  const [state, action] = useActionState<FormState, FormData>(
    props.placeOrder,
    props.cardFailed ? { error: "payment" } : {}
  )
  const [card, startCard, cardPending] = useActionState<CardSessionState, FormData>(
    props.startCardPayment,
    {}
  )
  const [method, setMethod] = useState<"cod" | "card">(
    props.stripeKey ? (props.cardFailed ? "card" : props.defaultMethod) : "cod"
  )
  const [placing, startPlacing] = useTransition()
  const formRef = useRef<HTMLFormElement>(null)
  const shown = card.error ? { ...card, error: card.error } : state

  function placeAfterCard() {
    const data = new FormData(formRef.current ?? undefined)
    data.set("payment_method", "card")
    startPlacing(() => action(data))
  }

  return (
    <form ref={formRef} action={action} className="portal-form" data-testid="payment-form">
      <FormAlert
        state={shown}
        errors={errors}
        common={{ errorSummary: errors.payment, serverSaid: "{message}" }}
      />
      <input type="hidden" name="locale" value={locale} />
      <fieldset className="portal-section">
        <label className="choice">
          <input
            type="radio"
            name="payment_method"
            value="cod"
            checked={method === "cod"}
            onChange={() => setMethod("cod")}
            data-testid="payment-cod"
          />
          <span className="choice__text">
            <span className="choice__label">{labels.cod}</span>
            <span className="choice__hint">{labels.codHint}</span>
          </span>
        </label>
        {props.stripeKey && (
          <label className="choice">
            <input
              type="radio"
              name="payment_method"
              value="card"
              checked={method === "card"}
              onChange={() => setMethod("card")}
              data-testid="payment-card"
            />
            <span className="choice__text">
              <span className="choice__label">{labels.card}</span>
              <span className="choice__hint">{labels.cardHint}</span>
            </span>
          </label>
        )}
      </fieldset>
      {method === "cod" || !props.stripeKey ? (
        <SubmitButton pendingLabel={labels.placing} testId="place-order">
          {labels.placeOrder}
        </SubmitButton>
      ) : card.clientSecret ? (
        placing ? (
          <p className="muted" aria-live="polite">
            {labels.placing}
          </p>
        ) : (
          <CardPayment
            key={card.version}
            publishableKey={props.stripeKey}
            clientSecret={card.clientSecret}
            locale={locale}
            labels={{ pay: labels.payAndOrder, paying: labels.placing, declined: errors.payment }}
            onAuthorized={placeAfterCard}
          />
        )
      ) : (
        <button
          type="submit"
          formAction={startCard}
          className="button button--wide"
          disabled={cardPending}
          data-testid="card-start"
        >
          {cardPending ? labels.cardLoading : labels.cardStart}
        </button>
      )}
    </form>
  )
}
