"use client"

import { useActionState } from "react"
import { addCertificate } from "@/lib/actions/portal-certificates"
import type { Locale } from "@/lib/constants"
import { fieldMessage, valueOf, type FormState } from "@/lib/forms/form"
import type { PortalMessages } from "@/lib/portal/messages"
import { FileField, TextField } from "@/modules/common/components/forms/field"
import FormAlert from "@/modules/common/components/forms/form-alert"
import SubmitButton from "@/modules/common/components/forms/submit-button"

type Props = { locale: Locale; m: Pick<PortalMessages, "certificates" | "errors" | "common"> }

/** A certificate sent to the centre: which one, its number, its expiry date and a photo of it. */
export default function CertificateForm({ locale, m }: Props) {
  const [state, action] = useActionState<FormState, FormData>(addCertificate, {})
  const t = m.certificates
  // after a success the form starts empty for the next certificate
  const value = (name: string) => (state.notice ? "" : valueOf(state.values, name))
  return (
    <form action={action} className="portal-form" data-testid="certificate-form" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <FormAlert state={state} errors={m.errors} common={m.common} notice={t.added} />
      <TextField
        name="label"
        label={t.label}
        hint={t.labelHint}
        defaultValue={value("label")}
        error={fieldMessage(state, "label", m.errors)}
        maxLength={120}
        required
        testId="certificate-label"
      />
      <TextField
        name="number"
        label={t.numberField}
        optional={m.common.optional}
        defaultValue={value("number")}
        error={fieldMessage(state, "number", m.errors)}
        dir="ltr"
        maxLength={80}
        testId="certificate-number"
      />
      <TextField
        name="expires_at"
        type="date"
        label={t.expiresField}
        defaultValue={value("expires_at")}
        error={fieldMessage(state, "expires_at", m.errors)}
        dir="ltr"
        required
        testId="certificate-expires"
      />
      <FileField
        name="photo"
        label={t.photo}
        hint={t.photoHint}
        optional={m.common.optional}
        error={fieldMessage(state, "photo", m.errors)}
        accept="image/*"
        capture="environment"
        testId="certificate-photo"
      />
      <SubmitButton pendingLabel={m.common.sending} testId="certificate-submit">
        {t.submit}
      </SubmitButton>
    </form>
  )
}
