"use client"

import { useActionState } from "react"
import { signIn } from "@/lib/actions/portal-auth"
import type { Locale } from "@/lib/constants"
import { fieldMessage, valueOf, type FormState } from "@/lib/forms/form"
import type { PortalMessages } from "@/lib/portal/messages"
import { TextField } from "@/modules/common/components/forms/field"
import FormAlert from "@/modules/common/components/forms/form-alert"
import SubmitButton from "@/modules/common/components/forms/submit-button"

type Props = { locale: Locale; m: Pick<PortalMessages, "signIn" | "errors" | "common"> }

export default function SignInForm({ locale, m }: Props) {
  const [state, action] = useActionState<FormState, FormData>(signIn, {})
  return (
    <form action={action} className="portal-form" data-testid="sign-in-form" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <FormAlert state={state} errors={m.errors} common={m.common} />
      <TextField
        name="email"
        type="email"
        label={m.signIn.email}
        defaultValue={valueOf(state.values, "email")}
        error={fieldMessage(state, "email", m.errors)}
        autoComplete="username"
        inputMode="email"
        dir="ltr"
        required
        testId="sign-in-email"
      />
      <TextField
        name="password"
        type="password"
        label={m.signIn.password}
        error={fieldMessage(state, "password", m.errors)}
        autoComplete="current-password"
        dir="ltr"
        required
        testId="sign-in-password"
      />
      <SubmitButton pendingLabel={m.common.sending} testId="sign-in-submit">
        {m.signIn.submit}
      </SubmitButton>
    </form>
  )
}
