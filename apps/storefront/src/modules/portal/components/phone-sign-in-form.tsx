"use client"

import { useActionState } from "react"
import { phoneSignIn } from "@/lib/actions/portal-auth"
import type { Locale } from "@/lib/constants"
import { fieldMessage, valueOf, type FormState } from "@/lib/forms/form"
import type { PortalMessages } from "@/lib/portal/messages"
import { TextField } from "@/modules/common/components/forms/field"
import FormAlert from "@/modules/common/components/forms/form-alert"
import SubmitButton from "@/modules/common/components/forms/submit-button"

type Props = { locale: Locale; m: Pick<PortalMessages, "phoneSignIn" | "errors" | "common"> }

/** Phone number first, then the 6-digit code texted to it, in one form that keeps the number. */
export default function PhoneSignInForm({ locale, m }: Props) {
  const [state, action] = useActionState<FormState, FormData>(phoneSignIn, {})
  const phone = valueOf(state.values, "phone")
  const codeStep = valueOf(state.values, "step") === "code"
  return (
    <form action={action} className="portal-form" data-testid="phone-sign-in-form" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <FormAlert state={state} errors={m.errors} common={m.common} notice={m.phoneSignIn.sent} />
      {codeStep ? (
        <>
          <input type="hidden" name="phone" value={phone} />
          <input type="hidden" name="step" value="code" />
          <p className="portal-aside" dir="ltr" data-testid="phone-sign-in-number">
            {phone}
          </p>
          <TextField
            key={state.version}
            name="code"
            type="text"
            label={m.phoneSignIn.code}
            hint={m.phoneSignIn.codeHint}
            error={fieldMessage(state, "code", m.errors)}
            autoComplete="one-time-code"
            inputMode="numeric"
            dir="ltr"
            required
            testId="phone-sign-in-code"
          />
          <SubmitButton
            name="intent"
            value="verify"
            pendingLabel={m.common.sending}
            testId="phone-sign-in-submit"
          >
            {m.phoneSignIn.submit}
          </SubmitButton>
          <SubmitButton
            name="intent"
            value="send"
            variant="ghost"
            pendingLabel={m.common.sending}
            testId="phone-sign-in-resend"
          >
            {m.phoneSignIn.resend}
          </SubmitButton>
          <SubmitButton
            name="intent"
            value="restart"
            variant="ghost"
            pendingLabel={m.common.sending}
            testId="phone-sign-in-other-number"
          >
            {m.phoneSignIn.otherNumber}
          </SubmitButton>
        </>
      ) : (
        <>
          <TextField
            name="phone"
            type="tel"
            label={m.phoneSignIn.phone}
            defaultValue={phone}
            error={fieldMessage(state, "phone", m.errors)}
            autoComplete="tel"
            inputMode="tel"
            dir="ltr"
            required
            testId="phone-sign-in-phone"
          />
          <SubmitButton
            name="intent"
            value="send"
            pendingLabel={m.common.sending}
            testId="phone-sign-in-send"
          >
            {m.phoneSignIn.sendCode}
          </SubmitButton>
        </>
      )}
    </form>
  )
}
