"use client"

import { useActionState } from "react"
import { saveMyContact } from "@/lib/actions/portal-members"
import type { Locale } from "@/lib/constants"
import { fieldMessage, valueOf, type FormState } from "@/lib/forms/form"
import type { PortalMessages } from "@/lib/portal/messages"
import type { PortalMember } from "@/lib/types/custom-routes"
import { CheckboxField, TextField } from "@/modules/common/components/forms/field"
import FormAlert from "@/modules/common/components/forms/form-alert"
import SubmitButton from "@/modules/common/components/forms/submit-button"

type Props = {
  locale: Locale
  member: PortalMember
  m: Pick<PortalMessages, "members" | "errors" | "common">
}

/** The member's own mobile number and her agreement to receive new orders by SMS. */
export default function MyContactForm({ locale, member, m }: Props) {
  const [state, action] = useActionState<FormState, FormData>(saveMyContact, {})
  const typed = valueOf(state.values, "phone")
  return (
    <form action={action} className="portal-form" data-testid="my-contact-form" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <FormAlert state={state} errors={m.errors} common={m.common} notice={m.members.contactSaved} />
      <TextField
        name="phone"
        type="tel"
        label={m.members.phone}
        defaultValue={typed || member.phone || ""}
        error={fieldMessage(state, "phone", m.errors)}
        autoComplete="tel"
        inputMode="tel"
        dir="ltr"
        testId="my-phone"
      />
      <CheckboxField
        name="sms_opt_in"
        label={m.members.smsOptIn}
        defaultChecked={state.values ? state.values.sms_opt_in === "on" : !!member.sms_opt_in}
        testId="my-sms-opt-in"
      />
      <SubmitButton pendingLabel={m.common.sending} testId="my-contact-submit">
        {m.members.saveContact}
      </SubmitButton>
    </form>
  )
}
