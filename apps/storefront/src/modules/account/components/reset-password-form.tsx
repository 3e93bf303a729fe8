"use client"

import { useActionState } from "react"
import { resetCustomerPassword } from "@/lib/actions/customer-password"
import type { FormState } from "@/lib/forms/form"
import { TextField } from "@/modules/common/components/forms/field"
import FormAlert from "@/modules/common/components/forms/form-alert"
import SubmitButton from "@/modules/common/components/forms/submit-button"

type Props = {
  locale: string
  token: string
  email: string
  labels: { newPassword: string; passwordHint: string; resetSubmit: string; resetSaving: string }
  errors: Record<string, string>
}

/** The new password, sent with the emailed link's token. */
export default function ResetPasswordForm({ locale, token, email, labels, errors }: Props) {
  const [state, action] = useActionState<FormState, FormData>(resetCustomerPassword, {})
  const code = state.fieldErrors?.password
  return (
    <form action={action} className="portal-form" noValidate data-testid="reset-password-form">
      <FormAlert
        state={state}
        errors={errors}
        common={{ errorSummary: errors.summary, serverSaid: "{message}" }}
      />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="email" value={email} />
      {/* lets password managers store the new password with the right account */}
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      <TextField
        name="password"
        type="password"
        label={labels.newPassword}
        hint={labels.passwordHint}
        autoComplete="new-password"
        dir="ltr"
        required
        error={code ? (errors[code] ?? errors.invalid) : undefined}
        testId="reset-password-password"
      />
      <SubmitButton pendingLabel={labels.resetSaving} testId="reset-password-submit">
        {labels.resetSubmit}
      </SubmitButton>
    </form>
  )
}
