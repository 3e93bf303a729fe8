"use client"

import { useActionState } from "react"
import { valueOf, type FormState } from "@/lib/forms/form"
import FormAlert from "@/modules/common/components/forms/form-alert"
import SubmitButton from "@/modules/common/components/forms/submit-button"

/** `type` is the option's type code (e.g. "stand-pickup"), for browser tests to tell options apart. */
export type ShippingChoice = { id: string; type?: string; label: string; hint?: string; price: string }

export type ShippingGroupView = {
  vendorId: string
  title: string
  items: string
  options: ShippingChoice[]
  selectedId: string | null
}

type Props = {
  locale: string
  action: (state: FormState, formData: FormData) => Promise<FormState>
  groups: ShippingGroupView[]
  labels: { intro: string; noShipping: string; submit: string; saving: string }
  errors: Record<string, string>
}

/** One radio group per cooperative: each parcel gets its own delivery, chosen among its own options. */
export default function ShippingForm({ locale, action: save, groups, labels, errors }: Props) {
  const [state, action] = useActionState<FormState, FormData>(save, {})
  return (
    <form action={action} className="portal-form" data-testid="shipping-form">
      <FormAlert
        state={state}
        errors={errors}
        common={{ errorSummary: errors.shipping, serverSaid: "{message}" }}
      />
      <input type="hidden" name="locale" value={locale} />
      <p className="muted">{labels.intro}</p>
      {groups.map((group) => {
        const name = `shipping_${group.vendorId}`
        const chosen = state.values ? valueOf(state.values, name) : group.selectedId
        const fieldError = state.fieldErrors?.[name]
        return (
          <fieldset
            key={group.vendorId}
            className="portal-section shipping-group"
            data-testid="shipping-group"
            data-invalid={fieldError ? "true" : undefined}
          >
            <legend>{group.title}</legend>
            <p className="muted shipping-group__items">{group.items}</p>
            {group.options.length === 0 && <p className="field__error">{labels.noShipping}</p>}
            {group.options.map((option, index) => (
              <label key={option.id} className="choice">
                <input
                  type="radio"
                  name={name}
                  value={option.id}
                  defaultChecked={chosen ? chosen === option.id : index === 0}
                  data-testid="shipping-option"
                  data-option-type={option.type}
                />
                <span className="choice__text">
                  <span className="choice__label">{option.label}</span>
                  {option.hint && <span className="choice__hint">{option.hint}</span>}
                </span>
                <span className="choice__price">{option.price}</span>
              </label>
            ))}
            {fieldError && <p className="field__error">{errors[fieldError] ?? errors.invalid}</p>}
          </fieldset>
        )
      })}
      <SubmitButton pendingLabel={labels.saving} testId="shipping-submit">
        {labels.submit}
      </SubmitButton>
    </form>
  )
}
