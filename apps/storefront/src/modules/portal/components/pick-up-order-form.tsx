"use client"

import { useActionState } from "react"
import { pickUpOrder, type PickUpState } from "@/lib/actions/portal-orders"
import type { Locale } from "@/lib/constants"
import { fieldMessage, valueOf } from "@/lib/forms/form"
import { format } from "@/lib/i18n/format"
import { intlLocale } from "@/lib/i18n/locales"
import type { PortalMessages } from "@/lib/portal/messages"
import { retryWait } from "@/lib/portal/orders"
import { TextField } from "@/modules/common/components/forms/field"
import FormAlert from "@/modules/common/components/forms/form-alert"
import SubmitButton from "@/modules/common/components/forms/submit-button"

type Props = {
  locale: Locale
  orderId: string
  m: Pick<PortalMessages, "order" | "errors" | "common">
}

/** The shopper at the stand reads out her code; the member types it to hand the order over. */
export default function PickUpOrderForm({ locale, orderId, m }: Props) {
  const [state, action] = useActionState<PickUpState, FormData>(pickUpOrder, {})
  const errors = state.retryAfter
    ? {
        ...m.errors,
        pickupLocked: format(m.errors.pickupLocked, {
          wait: retryWait(state.retryAfter, intlLocale(locale)),
        }),
      }
    : m.errors
  return (
    <form action={action} className="portal-form" data-testid="pickup-form" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="order_id" value={orderId} />
      <FormAlert state={state} errors={errors} common={m.common} />
      <TextField
        key={state.version}
        name="code"
        label={m.order.pickupCode}
        hint={m.order.pickupCodeHint}
        defaultValue={valueOf(state.values, "code")}
        error={fieldMessage(state, "code", errors)}
        autoComplete="one-time-code"
        inputMode="numeric"
        maxLength={7}
        dir="ltr"
        required
        testId="pickup-code-input"
      />
      <SubmitButton pendingLabel={m.common.sending} testId="pickup-submit">
        {m.order.pickupSubmit}
      </SubmitButton>
    </form>
  )
}
