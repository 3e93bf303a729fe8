"use client"

import { useActionState } from "react"
import { inviteMember } from "@/lib/actions/portal-members"
import type { Locale } from "@/lib/constants"
import { format } from "@/lib/i18n/format"
import { fieldMessage, valueOf, type FormState } from "@/lib/forms/form"
import type { PortalMessages } from "@/lib/portal/messages"
import { TextField } from "@/modules/common/components/forms/field"
import FormAlert from "@/modules/common/components/forms/form-alert"
import SubmitButton from "@/modules/common/components/forms/submit-button"

type Props = { locale: Locale; m: Pick<PortalMessages, "members" | "errors" | "common"> }

export default function InviteForm({ locale, m }: Props) {
  const [state, action] = useActionState<FormState, FormData>(inviteMember, {})
  return (
    <form action={action} className="portal-form" data-testid="invite-form" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <FormAlert
        state={state}
        errors={m.errors}
        common={m.common}
        notice={format(m.members.sent, { email: valueOf(state.values, "sent_to") })}
      />
      <TextField
        name="email"
        type="email"
        label={m.members.email}
        defaultValue={state.notice ? "" : valueOf(state.values, "email")}
        error={fieldMessage(state, "email", m.errors)}
        autoComplete="off"
        inputMode="email"
        dir="ltr"
        required
        testId="invite-email"
      />
      <SubmitButton pendingLabel={m.common.sending} testId="invite-submit">
        {m.members.submit}
      </SubmitButton>
    </form>
  )
}
