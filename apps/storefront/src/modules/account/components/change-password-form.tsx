"use client"

import { useActionState } from "react"
import { changePassword } from "@/lib/actions/account"
import { fieldMessage, type FormState } from "@/lib/forms/form"
import { TextField } from "@/modules/common/components/forms/field"
import FormAlert from "@/modules/common/components/forms/form-alert"
import SubmitButton from "@/modules/common/components/forms/submit-button"

type Props = {
  locale: string
  labels: {
    title: string
    current: string
    next: string
    hint: string
    submit: string
    saving: string
    saved: string
  }
  errors: Record<string, string>
}

/** A new password for a shopper who knows her current one (the others use "forgot password"). */
export default function ChangePasswordForm({ locale, labels, errors }: Props) {
  const [state, action] = useActionState<FormState, FormData>(changePassword, {})
  const error = (name: string) => fieldMessage(state, name, errors)
  return (
    <form action={action} className="portal-form" noValidate data-testid="change-password-form">
      <h2>{labels.title}</h2>
      <FormAlert
        state={state}
        errors={errors}
        common={{ errorSummary: errors.summary, serverSaid: "{message}" }}
        notice={labels.saved}
      />
      <input type="hidden" name="locale" value={locale} />
      <TextField
        name="current_password"
        type="password"
        label={labels.current}
        autoComplete="current-password"
        required
        error={error("current_password")}
        testId="current-password"
      />
      <TextField
        name="new_password"
        type="password"
        label={labels.next}
        hint={labels.hint}
        autoComplete="new-password"
        required
        error={error("new_password")}
        testId="new-password"
      />
      <SubmitButton pendingLabel={labels.saving} testId="change-password-submit">
        {labels.submit}
      </SubmitButton>
    </form>
  )
}
