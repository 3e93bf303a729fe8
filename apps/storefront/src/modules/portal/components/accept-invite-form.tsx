"use client"

import { useActionState } from "react"
import { acceptInvite } from "@/lib/actions/portal-auth"
import type { Locale } from "@/lib/constants"
import { fieldMessage, valueOf, type FormState } from "@/lib/forms/form"
import type { PortalMessages } from "@/lib/portal/messages"
import { TextField } from "@/modules/common/components/forms/field"
import FormAlert from "@/modules/common/components/forms/form-alert"
import SubmitButton from "@/modules/common/components/forms/submit-button"

type Props = {
  locale: Locale
  token: string
  m: Pick<PortalMessages, "acceptInvite" | "errors" | "common">
}

export default function AcceptInviteForm({ locale, token, m }: Props) {
  const [state, action] = useActionState<FormState, FormData>(acceptInvite, {})
  const t = m.acceptInvite
  const v = (name: string) => valueOf(state.values, name)
  const e = (name: string) => fieldMessage(state, name, m.errors)
  return (
    <form action={action} className="portal-form" data-testid="accept-invite-form" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      <FormAlert state={state} errors={m.errors} common={m.common} />
      <TextField
        name="first_name"
        label={t.firstName}
        defaultValue={v("first_name")}
        error={e("first_name")}
        autoComplete="given-name"
        required
      />
      <TextField
        name="last_name"
        label={t.lastName}
        defaultValue={v("last_name")}
        error={e("last_name")}
        autoComplete="family-name"
        required
      />
      <TextField
        name="email"
        type="email"
        label={t.email}
        defaultValue={v("email")}
        error={e("email")}
        autoComplete="username"
        inputMode="email"
        dir="ltr"
        required
      />
      <TextField
        name="password"
        type="password"
        label={t.password}
        hint={t.passwordHint}
        error={e("password")}
        autoComplete="new-password"
        dir="ltr"
        required
      />
      <SubmitButton pendingLabel={m.common.sending}>{t.submit}</SubmitButton>
    </form>
  )
}
