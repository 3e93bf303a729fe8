"use client"

import Link from "next/link"
import { useActionState } from "react"
import { acceptGuestOrder } from "@/lib/actions/guest-orders"
import type { FormState } from "@/lib/forms/form"
import FormAlert from "@/modules/common/components/forms/form-alert"
import SubmitButton from "@/modules/common/components/forms/submit-button"

type Props = {
  locale: string
  orderId: string
  token: string
  accountHref: string
  labels: { button: string; accepting: string; done: string; toAccount: string }
  errors: Record<string, string>
}

/** The button behind the emailed link: it moves the order into the account that asked for it. */
export default function AcceptOrderForm({ locale, orderId, token, accountHref, labels, errors }: Props) {
  const [state, action] = useActionState<FormState, FormData>(acceptGuestOrder, {})
  return (
    <form action={action} className="portal-form" data-testid="accept-order-form">
      <FormAlert
        state={state}
        errors={errors}
        common={{ errorSummary: errors.summary, serverSaid: "{message}" }}
        notice={labels.done}
      />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="order_id" value={orderId} />
      <input type="hidden" name="token" value={token} />
      {state.notice ? (
        <Link href={accountHref} className="button">
          {labels.toAccount}
        </Link>
      ) : (
        <SubmitButton pendingLabel={labels.accepting} testId="accept-order-submit">
          {labels.button}
        </SubmitButton>
      )}
    </form>
  )
}
