"use client"

import { useActionState } from "react"
import { changeEmail } from "@/lib/actions/account"
import { fieldMessage, valueOf, type FormState } from "@/lib/forms/form"
import { TextField } from "@/modules/common/components/forms/field"
import FormAlert from "@/modules/common/components/forms/form-alert"
import SubmitButton from "@/modules/common/components/forms/submit-button"

type Props = {
  locale: string
  labels: {
    title: string
    current: string
    email: string
    password: string
    submit: string
    sending: string
    sent: string
  }
  errors: Record<string, string>
}

/** A new email for the account: a link goes there first, so a typo never locks the shopper out. */
export default function ChangeEmailForm({ locale, labels, errors }: Props) {
  const [state, action] = useActionState<FormState, FormData>(changeEmail, {})
  const error = (name: string) => fieldMessage(state, name, errors)
  return (
    <form action={action} className="portal-form" noValidate data-testid="change-email-form">
      <h2>{labels.title}</h2>
      <p className="muted">{labels.current}</p>
      <FormAlert
        state={state}
        errors={errors}
        common={{ errorSummary: errors.summary, serverSaid: "{message}" }}
        notice={labels.sent}
      />
      <input type="hidden" name="locale" value={locale} />
      <TextField
        id="change-email-email"
        name="email"
        type="email"
        label={labels.email}
        autoComplete="email"
        inputMode="email"
        dir="ltr"
        required
        defaultValue={state.notice ? "" : valueOf(state.values, "email")}
        error={error("email")}
        testId="change-email-email"
      />
      <TextField
        id="change-email-password"
        name="password"
        type="password"
        label={labels.password}
        autoComplete="current-password"
        required
        error={error("password")}
        testId="change-email-password"
      />
      <SubmitButton pendingLabel={labels.sending} testId="change-email-submit">
        {labels.submit}
      </SubmitButton>
    </form>
  )
}
