"use client"

import { useActionState } from "react"
import { requestPasswordReset } from "@/lib/actions/portal-auth"
import type { Locale } from "@/lib/constants"
import { fieldMessage, valueOf, type FormState } from "@/lib/forms/form"
import type { PortalMessages } from "@/lib/portal/messages"
import { TextField } from "@/modules/common/components/forms/field"
import FormAlert from "@/modules/common/components/forms/form-alert"
import SubmitButton from "@/modules/common/components/forms/submit-button"

type Props = { locale: Locale; m: Pick<PortalMessages, "forgotPassword" | "errors" | "common"> }

export default function ForgotPasswordForm({ locale, m }: Props) {
  const [state, action] = useActionState<FormState, FormData>(requestPasswordReset, {})
  return (
    <form action={action} className="portal-form" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <FormAlert state={state} errors={m.errors} common={m.common} notice={m.forgotPassword.sent} />
      <TextField
        name="email"
        type="email"
        label={m.forgotPassword.email}
        defaultValue={valueOf(state.values, "email")}
        error={fieldMessage(state, "email", m.errors)}
        autoComplete="username"
        inputMode="email"
        dir="ltr"
        required
      />
      <SubmitButton pendingLabel={m.common.sending}>{m.forgotPassword.submit}</SubmitButton>
    </form>
  )
}
