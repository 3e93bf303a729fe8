"use client"

import { useActionState } from "react"
import { disputeReturn } from "@/lib/actions/returns"
import type { FormState } from "@/lib/forms/form"
import FormAlert from "@/modules/common/components/forms/form-alert"
import SubmitButton from "@/modules/common/components/forms/submit-button"

type Props = {
  locale: string
  returnRequestId: string
  labels: { open: string; note: string; submit: string; sending: string; sent: string }
  errors: Record<string, string>
}

/** A refused return can be sent once to the centre, which settles it. */
export default function ReturnDisputeForm({ locale, returnRequestId, labels, errors }: Props) {
  const [state, action] = useActionState<FormState, FormData>(disputeReturn, {})
  return (
    <details className="return-dispute">
      <summary>{labels.open}</summary>
      <form action={action} className="portal-form" data-testid="return-dispute-form">
        <FormAlert
          state={state}
          errors={errors}
          common={{ errorSummary: errors.summary, serverSaid: "{message}" }}
          notice={labels.sent}
        />
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="return_request_id" value={returnRequestId} />
        <label className="field">
          <span>{labels.note}</span>
          <textarea name="note" rows={3} minLength={3} maxLength={1000} required />
        </label>
        <SubmitButton pendingLabel={labels.sending} testId="return-dispute-submit">
          {labels.submit}
        </SubmitButton>
      </form>
    </details>
  )
}
