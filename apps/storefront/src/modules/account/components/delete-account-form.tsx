"use client"

import { useActionState } from "react"
import { deleteAccount } from "@/lib/actions/account"
import { fieldMessage, type FormState } from "@/lib/forms/form"
import { TextField } from "@/modules/common/components/forms/field"
import FormAlert from "@/modules/common/components/forms/form-alert"
import SubmitButton from "@/modules/common/components/forms/submit-button"

type Props = {
  locale: string
  labels: { title: string; intro: string; password: string; submit: string; deleting: string }
  errors: Record<string, string>
}

/**
 * Deleting the account, folded away at the foot of the page and confirmed with the password: what
 * goes and what stays is said before, in plain words.
 */
export default function DeleteAccountForm({ locale, labels, errors }: Props) {
  const [state, action] = useActionState<FormState, FormData>(deleteAccount, {})
  return (
    <details className="account-delete" open={Boolean(state.error)} data-testid="delete-account">
      <summary>{labels.title}</summary>
      <form action={action} className="portal-form" noValidate data-testid="delete-account-form">
        <p>{labels.intro}</p>
        <FormAlert
          state={state}
          errors={errors}
          common={{ errorSummary: errors.summary, serverSaid: "{message}" }}
        />
        <input type="hidden" name="locale" value={locale} />
        <TextField
          id="delete-account-password"
          name="password"
          type="password"
          label={labels.password}
          autoComplete="current-password"
          required
          error={fieldMessage(state, "password", errors)}
          testId="delete-account-password"
        />
        <SubmitButton pendingLabel={labels.deleting} testId="delete-account-submit">
          {labels.submit}
        </SubmitButton>
      </form>
    </details>
  )
}
