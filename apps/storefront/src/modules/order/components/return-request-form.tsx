"use client"

import { useActionState } from "react"
import { requestReturn } from "@/lib/actions/returns"
import type { FormState } from "@/lib/forms/form"
import { RETURN_REASONS, type ReturnReason } from "@/lib/shop/returns"
import FormAlert from "@/modules/common/components/forms/form-alert"
import SubmitButton from "@/modules/common/components/forms/submit-button"

export type ReturnFormLabels = {
  open: string
  intro: string
  quantity: string
  reason: string
  reasons: Record<ReturnReason, string>
  note: string
  photos: string
  submit: string
  sending: string
  sent: string
}

type Props = {
  locale: string
  vendorOrderId: string
  /** the parcel's lines that can still be asked back, with how many */
  lines: { line_item_id: string; title: string; returnable: number }[]
  labels: ReturnFormLabels
  errors: Record<string, string>
}

/** Asking to send back items of a delivered parcel: how many of each, why, and a word for the cooperative. */
export default function ReturnRequestForm({ locale, vendorOrderId, lines, labels, errors }: Props) {
  const [state, action] = useActionState<FormState, FormData>(requestReturn, {})
  return (
    <details className="return-request" data-testid="return-request">
      <summary>{labels.open}</summary>
      <form action={action} className="portal-form" data-testid="return-request-form">
        <p className="muted">{labels.intro}</p>
        <FormAlert
          state={state}
          errors={errors}
          common={{ errorSummary: errors.summary, serverSaid: "{message}" }}
          notice={labels.sent}
        />
        {state.detail && state.error ? <p className="muted">{state.detail}</p> : null}
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="vendor_order_id" value={vendorOrderId} />
        {lines.map((line) => (
          <label key={line.line_item_id} className="field">
            <span>
              <bdi>{line.title}</bdi> — {labels.quantity}
            </span>
            <select name={`qty:${line.line_item_id}`} defaultValue="0" data-testid="return-quantity">
              {Array.from({ length: line.returnable + 1 }, (_, count) => (
                <option key={count} value={count}>
                  {count}
                </option>
              ))}
            </select>
          </label>
        ))}
        <label className="field">
          <span>{labels.reason}</span>
          <select name="reason" required defaultValue="" data-testid="return-reason">
            <option value="" disabled />
            {RETURN_REASONS.map((reason) => (
              <option key={reason} value={reason}>
                {labels.reasons[reason]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{labels.note}</span>
          <textarea name="note" rows={3} maxLength={1000} />
        </label>
        <label className="field">
          <span>{labels.photos}</span>
          <input
            type="file"
            name="photos"
            multiple
            accept="image/jpeg,image/png,image/webp"
            data-testid="return-photos"
          />
        </label>
        <SubmitButton pendingLabel={labels.sending} testId="return-request-submit">
          {labels.submit}
        </SubmitButton>
      </form>
    </details>
  )
}
