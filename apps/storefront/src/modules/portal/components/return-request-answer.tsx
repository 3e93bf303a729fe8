"use client"

import { useActionState } from "react"
import { answerReturnRequest } from "@/lib/actions/portal-orders"
import type { Locale } from "@/lib/constants"
import { fieldMessage, valueOf, type FormState } from "@/lib/forms/form"
import type { PortalMessages } from "@/lib/portal/messages"
import { TextAreaField } from "@/modules/common/components/forms/field"
import FormAlert from "@/modules/common/components/forms/form-alert"
import SubmitButton from "@/modules/common/components/forms/submit-button"

type Props = {
  locale: Locale
  returnRequestId: string
  /** "requested": accept or refuse; "accepted": the items came back */
  status: "requested" | "accepted"
  m: Pick<PortalMessages, "returns" | "errors" | "common">
}

/** The member's answer to a return request, one big button at a time. */
export default function ReturnRequestAnswer({ locale, returnRequestId, status, m }: Props) {
  const [state, action] = useActionState<FormState, FormData>(answerReturnRequest, {})
  const hidden = (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="return_request_id" value={returnRequestId} />
    </>
  )
  if (status === "accepted") {
    return (
      <form action={action} className="portal-form" data-testid="return-receive-form">
        {hidden}
        <FormAlert state={state} errors={m.errors} common={m.common} />
        <p className="portal-section__intro">{m.returns.receiveIntro}</p>
        <input type="hidden" name="answer" value="receive" />
        <SubmitButton pendingLabel={m.common.sending} testId="return-receive-submit">
          {m.returns.receive}
        </SubmitButton>
      </form>
    )
  }
  return (
    <>
      <form action={action} className="portal-form" data-testid="return-accept-form">
        {hidden}
        <FormAlert state={state} errors={m.errors} common={m.common} />
        <input type="hidden" name="answer" value="accept" />
        <SubmitButton pendingLabel={m.common.sending} testId="return-accept-submit">
          {m.returns.accept}
        </SubmitButton>
      </form>
      <details>
        <summary>{m.returns.refuse}</summary>
        <form action={action} className="portal-form" data-testid="return-refuse-form" noValidate>
          {hidden}
          <input type="hidden" name="answer" value="refuse" />
          <TextAreaField
            name="reason"
            label={m.returns.refuseReason}
            defaultValue={valueOf(state.values, "reason")}
            error={fieldMessage(state, "reason", m.errors)}
            maxLength={500}
            rows={2}
            dir="auto"
            testId="return-refuse-reason"
          />
          <SubmitButton pendingLabel={m.common.sending} testId="return-refuse-submit">
            {m.returns.refuseSubmit}
          </SubmitButton>
        </form>
      </details>
    </>
  )
}
