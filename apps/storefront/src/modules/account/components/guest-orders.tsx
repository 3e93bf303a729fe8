"use client"

import { useActionState } from "react"
import { findGuestOrders } from "@/lib/actions/guest-orders"
import type { FormState } from "@/lib/forms/form"
import FormAlert from "@/modules/common/components/forms/form-alert"
import SubmitButton from "@/modules/common/components/forms/submit-button"

type Props = {
  locale: string
  labels: { title: string; intro: string; button: string; sending: string; sent: string }
  errors: Record<string, string>
}

/** For shoppers who ordered before making an account: a link per order goes to the order's email. */
export default function GuestOrders({ locale, labels, errors }: Props) {
  const [state, action] = useActionState<FormState, FormData>(findGuestOrders, {})
  return (
    <form action={action} className="portal-form account-guest-orders" data-testid="guest-orders-form">
      <h3>{labels.title}</h3>
      <p className="muted">{labels.intro}</p>
      <FormAlert
        state={state}
        errors={errors}
        common={{ errorSummary: errors.summary, serverSaid: "{message}" }}
        notice={labels.sent}
      />
      <input type="hidden" name="locale" value={locale} />
      {state.notice ? null : (
        <SubmitButton pendingLabel={labels.sending} testId="guest-orders-submit">
          {labels.button}
        </SubmitButton>
      )}
    </form>
  )
}
