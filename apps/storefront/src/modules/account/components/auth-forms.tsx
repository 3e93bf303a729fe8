"use client"

import { useActionState } from "react"
import { signIn, signUp } from "@/lib/actions/account"
import { valueOf, type FormState } from "@/lib/forms/form"
import { TextField } from "@/modules/common/components/forms/field"
import FormAlert from "@/modules/common/components/forms/form-alert"
import SubmitButton from "@/modules/common/components/forms/submit-button"

type Labels = {
  email: string
  password: string
  passwordHint: string
  firstName: string
  lastName: string
  signIn: string
  signingIn: string
  signUp: string
  signingUp: string
}

type Props = { locale: string; next?: string; labels: Labels; errors: Record<string, string> }

function useField(state: FormState, errors: Record<string, string>) {
  return (name: string) => {
    const code = state.fieldErrors?.[name]
    return {
      defaultValue: valueOf(state.values, name),
      error: code ? (errors[code] ?? errors.invalid) : undefined,
    }
  }
}

export function SignInForm({ locale, next, labels, errors }: Props) {
  const [state, action] = useActionState<FormState, FormData>(signIn, {})
  const field = useField(state, errors)
  return (
    <form action={action} className="portal-form" noValidate data-testid="sign-in-form">
      <FormAlert
        state={state}
        errors={errors}
        common={{ errorSummary: errors.summary, serverSaid: "{message}" }}
      />
      <input type="hidden" name="locale" value={locale} />
      {next && <input type="hidden" name="next" value={next} />}
      <TextField
        name="email"
        type="email"
        label={labels.email}
        autoComplete="email"
        inputMode="email"
        dir="ltr"
        required
        {...field("email")}
        testId="sign-in-email"
      />
      <TextField
        name="password"
        type="password"
        label={labels.password}
        autoComplete="current-password"
        required
        {...field("password")}
        defaultValue=""
        testId="sign-in-password"
      />
      <SubmitButton pendingLabel={labels.signingIn} testId="sign-in-submit">
        {labels.signIn}
      </SubmitButton>
    </form>
  )
}

export function SignUpForm({ locale, next, labels, errors }: Props) {
  const [state, action] = useActionState<FormState, FormData>(signUp, {})
  const field = useField(state, errors)
  return (
    <form action={action} className="portal-form" noValidate data-testid="sign-up-form">
      <FormAlert
        state={state}
        errors={errors}
        common={{ errorSummary: errors.summary, serverSaid: "{message}" }}
      />
      <input type="hidden" name="locale" value={locale} />
      {next && <input type="hidden" name="next" value={next} />}
      <TextField
        name="first_name"
        label={labels.firstName}
        autoComplete="given-name"
        required
        {...field("first_name")}
        testId="sign-up-first-name"
      />
      <TextField
        name="last_name"
        label={labels.lastName}
        autoComplete="family-name"
        required
        {...field("last_name")}
        testId="sign-up-last-name"
      />
      <TextField
        name="email"
        type="email"
        label={labels.email}
        autoComplete="email"
        inputMode="email"
        dir="ltr"
        required
        {...field("email")}
        testId="sign-up-email"
      />
      <TextField
        name="password"
        type="password"
        label={labels.password}
        hint={labels.passwordHint}
        autoComplete="new-password"
        required
        {...field("password")}
        defaultValue=""
        testId="sign-up-password"
      />
      <SubmitButton pendingLabel={labels.signingUp} testId="sign-up-submit">
        {labels.signUp}
      </SubmitButton>
    </form>
  )
}
