"use client"

import Link from "next/link"
import { useActionState } from "react"
import { confirmEmailChange } from "@/lib/actions/account"
import type { FormState } from "@/lib/forms/form"
import FormAlert from "@/modules/common/components/forms/form-alert"
import SubmitButton from "@/modules/common/components/forms/submit-button"

type Props = {
  locale: string
  token: string
  accountHref: string
  labels: { button: string; confirming: string; done: string; toAccount: string }
  errors: Record<string, string>
}

/** The button behind the link sent to a new address (a click, since mail scanners open links). */
export default function ConfirmEmailForm({ locale, token, accountHref, labels, errors }: Props) {
  const [state, action] = useActionState<FormState, FormData>(confirmEmailChange, {})
  return (
    <form action={action} className="portal-form" data-testid="confirm-email-form">
      <FormAlert
        state={state}
        errors={errors}
        common={{ errorSummary: errors.summary, serverSaid: "{message}" }}
        notice={labels.done}
      />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      {state.notice ? (
        <Link href={accountHref} className="button" data-testid="confirm-email-done">
          {labels.toAccount}
        </Link>
      ) : (
        <SubmitButton pendingLabel={labels.confirming} testId="confirm-email-submit">
          {labels.button}
        </SubmitButton>
      )}
    </form>
  )
}
