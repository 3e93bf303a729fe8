"use client"

import { useActionState } from "react"
import { shipOrder } from "@/lib/actions/portal-orders"
import type { Locale } from "@/lib/constants"
import { fieldMessage, valueOf, type FormState } from "@/lib/forms/form"
import type { PortalMessages } from "@/lib/portal/messages"
import { TextField } from "@/modules/common/components/forms/field"
import FormAlert from "@/modules/common/components/forms/form-alert"
import SubmitButton from "@/modules/common/components/forms/submit-button"

type Props = { locale: Locale; orderId: string; m: Pick<PortalMessages, "order" | "errors" | "common"> }

/** "The parcel has left": carrier and tracking number, both optional (a parcel taken by hand has none). */
export default function ShipOrderForm({ locale, orderId, m }: Props) {
  const [state, action] = useActionState<FormState, FormData>(shipOrder, {})
  return (
    <form action={action} className="portal-form" data-testid="ship-order-form" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="order_id" value={orderId} />
      <FormAlert state={state} errors={m.errors} common={m.common} />
      <TextField
        name="carrier"
        label={m.order.carrier}
        hint={m.order.carrierHint}
        optional={m.common.optional}
        defaultValue={valueOf(state.values, "carrier")}
        error={fieldMessage(state, "carrier", m.errors)}
        maxLength={100}
        autoComplete="off"
        dir="auto"
        testId="ship-carrier"
      />
      <TextField
        name="tracking_number"
        label={m.order.tracking}
        optional={m.common.optional}
        defaultValue={valueOf(state.values, "tracking_number")}
        error={fieldMessage(state, "tracking_number", m.errors)}
        maxLength={100}
        autoComplete="off"
        dir="ltr"
        testId="ship-tracking"
      />
      <SubmitButton pendingLabel={m.common.sending} testId="ship-submit">
        {m.order.shipSubmit}
      </SubmitButton>
    </form>
  )
}
