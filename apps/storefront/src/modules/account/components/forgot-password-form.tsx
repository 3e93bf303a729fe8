"use client"

import { useActionState } from "react"
import { requestCustomerPasswordReset } from "@/lib/actions/customer-password"
import { valueOf, type FormState } from "@/lib/forms/form"
import { TextField } from "@/modules/common/components/forms/field"
import FormAlert from "@/modules/common/components/forms/form-alert"
import SubmitButton from "@/modules/common/components/forms/submit-button"

type Props = {
  locale: string
  labels: { email: string; forgotSubmit: string; forgotSending: string; forgotSent: string }
  errors: Record<string, string>
}

/** Asks for a reset link; the notice reads the same whether or not the email has an account. */
export default function ForgotPasswordForm({ locale, labels, errors }: Props) {
  const [state, action] = useActionState<FormState, FormData>(requestCustomerPasswordReset, {})
  const code = state.fieldErrors?.email
  return (
    <form action={action} className="portal-form" noValidate data-testid="forgot-password-form">
      <FormAlert
        state={state}
        errors={errors}
        common={{ errorSummary: errors.summary, serverSaid: "{message}" }}
        notice={labels.forgotSent}
      />
      <input type="hidden" name="locale" value={locale} />
      <TextField
        name="email"
        type="email"
        label={labels.email}
        autoComplete="email"
        inputMode="email"
        dir="ltr"
        required
        defaultValue={valueOf(state.values, "email")}
        error={code ? (errors[code] ?? errors.invalid) : undefined}
        testId="forgot-password-email"
      />
      <SubmitButton pendingLabel={labels.forgotSending} testId="forgot-password-submit">
        {labels.forgotSubmit}
      </SubmitButton>
    </form>
  )
}
