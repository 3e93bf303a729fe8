"use client"

import { useActionState } from "react"
import { closeOrder } from "@/lib/actions/portal-orders"
import type { Locale } from "@/lib/constants"
import { fieldMessage, valueOf, type FormState } from "@/lib/forms/form"
import type { PortalMessages } from "@/lib/portal/messages"
import { TextAreaField } from "@/modules/common/components/forms/field"
import FormAlert from "@/modules/common/components/forms/form-alert"
import SubmitButton from "@/modules/common/components/forms/submit-button"

type Props = {
  locale: Locale
  orderId: string
  /** "refuse": the shopper refused a shipped parcel; "cancel": the cooperative cancels its part before shipping */
  kind: "refuse" | "cancel"
  m: Pick<PortalMessages, "order" | "errors" | "common">
}

/** "Refused by the customer" or "cancel my part", with the reason the shopper will read. */
export default function CloseOrderForm({ locale, orderId, kind, m }: Props) {
  const [state, action] = useActionState<FormState, FormData>(closeOrder, {})
  return (
    <form action={action} className="portal-form" data-testid={`${kind}-order-form`} noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="order_id" value={orderId} />
      <input type="hidden" name="kind" value={kind} />
      <FormAlert state={state} errors={m.errors} common={m.common} />
      <TextAreaField
        name="reason"
        label={kind === "cancel" ? m.order.cancelReason : m.order.refuseReason}
        defaultValue={valueOf(state.values, "reason")}
        error={fieldMessage(state, "reason", m.errors)}
        maxLength={300}
        rows={2}
        dir="auto"
        testId={`${kind}-reason`}
      />
      <SubmitButton pendingLabel={m.common.sending} testId={`${kind}-submit`}>
        {kind === "cancel" ? m.order.cancelSubmit : m.order.refuseSubmit}
      </SubmitButton>
    </form>
  )
}
