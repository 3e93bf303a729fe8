"use client"

import { useActionState } from "react"
import { deliverOrder } from "@/lib/actions/portal-orders"
import type { Locale } from "@/lib/constants"
import { format } from "@/lib/i18n/format"
import { fieldMessage, type FormState } from "@/lib/forms/form"
import type { PortalMessages } from "@/lib/portal/messages"
import { CheckboxField } from "@/modules/common/components/forms/field"
import FormAlert from "@/modules/common/components/forms/form-alert"
import SubmitButton from "@/modules/common/components/forms/submit-button"

type Props = {
  locale: Locale
  orderId: string
  /** The cash to collect, formatted, for cash on delivery; undefined when paid by card. */
  cashAmount?: string
  m: Pick<PortalMessages, "order" | "errors" | "common">
}

/**
 * "The parcel arrived". For cash on delivery this records the cash as collected (and cannot be
 * undone), so the member ticks that she has it before the button counts.
 */
export default function DeliverOrderForm({ locale, orderId, cashAmount, m }: Props) {
  const [state, action] = useActionState<FormState, FormData>(deliverOrder, {})
  const cashError = fieldMessage(state, "cash_collected", m.errors)
  return (
    <form action={action} className="portal-form" data-testid="deliver-order-form" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="order_id" value={orderId} />
      <FormAlert state={state} errors={m.errors} common={m.common} />
      {cashAmount ? (
        <>
          <input type="hidden" name="cash" value="required" />
          <div data-invalid={cashError ? "true" : undefined}>
            <CheckboxField
              name="cash_collected"
              label={format(m.order.cashConfirm, { amount: cashAmount })}
              testId="deliver-cash-collected"
            />
            {cashError ? (
              <p className="field__error" role="alert">
                {cashError}
              </p>
            ) : null}
          </div>
        </>
      ) : null}
      <SubmitButton pendingLabel={m.common.sending} testId="deliver-submit">
        {cashAmount ? m.order.deliverCashSubmit : m.order.deliverSubmit}
      </SubmitButton>
    </form>
  )
}
