"use client"

import { useActionState } from "react"
import { saveAccountDetails } from "@/lib/actions/account"
import { fieldMessage, valueOf, type FormState } from "@/lib/forms/form"
import { TextField } from "@/modules/common/components/forms/field"
import FormAlert from "@/modules/common/components/forms/form-alert"
import SubmitButton from "@/modules/common/components/forms/submit-button"

type Props = {
  locale: string
  customer: { first_name?: string | null; last_name?: string | null; phone?: string | null }
  labels: {
    title: string
    firstName: string
    lastName: string
    phone: string
    phoneHint: string
    save: string
    saving: string
    saved: string
  }
  errors: Record<string, string>
}

/** The shopper's name and phone, as the courier reads them on her next parcels. */
export default function AccountDetailsForm({ locale, customer, labels, errors }: Props) {
  const [state, action] = useActionState<FormState, FormData>(saveAccountDetails, {})
  const typed = (name: string, saved?: string | null) =>
    state.values && !state.notice ? valueOf(state.values, name) : (saved ?? "")
  const error = (name: string) => fieldMessage(state, name, errors)
  return (
    <form action={action} className="portal-form" noValidate data-testid="account-details-form">
      <h2>{labels.title}</h2>
      <FormAlert
        state={state}
        errors={errors}
        common={{ errorSummary: errors.summary, serverSaid: "{message}" }}
        notice={labels.saved}
      />
      <input type="hidden" name="locale" value={locale} />
      <TextField
        name="first_name"
        label={labels.firstName}
        autoComplete="given-name"
        required
        defaultValue={typed("first_name", customer.first_name)}
        error={error("first_name")}
        testId="account-first-name"
      />
      <TextField
        name="last_name"
        label={labels.lastName}
        autoComplete="family-name"
        required
        defaultValue={typed("last_name", customer.last_name)}
        error={error("last_name")}
        testId="account-last-name"
      />
      <TextField
        name="phone"
        type="tel"
        label={labels.phone}
        hint={labels.phoneHint}
        autoComplete="tel"
        inputMode="tel"
        dir="ltr"
        defaultValue={typed("phone", customer.phone)}
        error={error("phone")}
        testId="account-phone"
      />
      <SubmitButton pendingLabel={labels.saving} testId="account-details-submit">
        {labels.save}
      </SubmitButton>
    </form>
  )
}
