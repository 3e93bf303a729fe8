"use client"

import { useActionState } from "react"
import { resetPassword } from "@/lib/actions/portal-auth"
import type { Locale } from "@/lib/constants"
import { fieldMessage, type FormState } from "@/lib/forms/form"
import type { PortalMessages } from "@/lib/portal/messages"
import { TextField } from "@/modules/common/components/forms/field"
import FormAlert from "@/modules/common/components/forms/form-alert"
import SubmitButton from "@/modules/common/components/forms/submit-button"

type Props = {
  locale: Locale
  token: string
  email: string
  m: Pick<PortalMessages, "resetPassword" | "errors" | "common">
}

export default function ResetPasswordForm({ locale, token, email, m }: Props) {
  const [state, action] = useActionState<FormState, FormData>(resetPassword, {})
  return (
    <form action={action} className="portal-form" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="email" value={email} />
      {/* lets password managers store the new password with the right account */}
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      <FormAlert state={state} errors={m.errors} common={m.common} />
      <TextField
        name="password"
        type="password"
        label={m.resetPassword.password}
        hint={m.resetPassword.passwordHint}
        error={fieldMessage(state, "password", m.errors)}
        autoComplete="new-password"
        dir="ltr"
        required
      />
      <SubmitButton pendingLabel={m.common.sending}>{m.resetPassword.submit}</SubmitButton>
    </form>
  )
}
