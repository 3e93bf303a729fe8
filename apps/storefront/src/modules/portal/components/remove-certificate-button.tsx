"use client"

import { useActionState } from "react"
import { removeCertificate } from "@/lib/actions/portal-certificates"
import type { Locale } from "@/lib/constants"
import type { FormState } from "@/lib/forms/form"
import type { PortalMessages } from "@/lib/portal/messages"
import SubmitButton from "@/modules/common/components/forms/submit-button"

type Props = { locale: Locale; id: string; m: Pick<PortalMessages, "certificates" | "errors" | "common"> }

/** Removes one certificate; says so if it could not (already removed, signed out). */
export default function RemoveCertificateButton({ locale, id, m }: Props) {
  const [state, action] = useActionState<FormState, FormData>(removeCertificate, {})
  return (
    <form action={action}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={id} />
      <SubmitButton variant="ghost" pendingLabel={m.common.sending} testId="certificate-remove">
        {m.certificates.remove}
      </SubmitButton>
      {state.error ? (
        <p role="alert" className="field__error">
          {m.errors[state.error as keyof typeof m.errors] ?? m.errors.unknown}
        </p>
      ) : null}
    </form>
  )
}
