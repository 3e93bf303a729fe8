"use client"

import { useActionState, useId, useState } from "react"
import { addressFormat } from "@bazaar/contracts"
import { valueOf, type FormState } from "@/lib/forms/form"
import type { AddressDefaults } from "@/lib/shop/address-view"
import { CheckboxField, TextField } from "@/modules/common/components/forms/field"
import FormAlert from "@/modules/common/components/forms/form-alert"
import SubmitButton from "@/modules/common/components/forms/submit-button"

export type AddressFormLabels = {
  contact: string
  email: string
  emailHint: string
  signedInAs: string
  address: string
  savedAddresses: string
  useSaved: string
  firstName: string
  lastName: string
  phone: string
  phoneHint: string
  country: string
  chooseCountry: string
  city: string
  townHint: string
  townUnlisted: string
  townFree: string
  address1: string
  landmark: string
  landmarkHint: string
  postcode: string
  province: string
  /** "For example: {example}" */
  example: string
  optional: string
  saveAddress: string
  submit: string
  saving: string
}

type Props = {
  locale: string
  action: (state: FormState, formData: FormData) => Promise<FormState>
  labels: AddressFormLabels
  errors: Record<string, string>
  countries: { code: string; name: string }[]
  /** Moroccan towns to search as the shopper types (value: the name in the page's language) */
  towns: { value: string; label: string }[]
  defaults: AddressDefaults
  /** A guest types an email; a signed-in customer's is shown. */
  customerEmail?: string
  saved?: { id: string; summary: string; defaults: AddressDefaults }[]
  /** Offer to save the address in the account (signed-in checkout). */
  offerSave?: boolean
  /** Hidden fields the action needs (an address id when editing one). */
  hidden?: Record<string, string>
  testId?: string
}

/**
 * An address that fits Morocco (a town searched in French or Arabic, or any town when it is not
 * listed; a phone, a landmark, postcode optional) and Europe (free city; the postcode in the
 * country's shape, shown by an example, before or after the town as on its envelopes; a province
 * where its couriers need one): the fields change with the country.
 */
export default function AddressForm(props: Props) {
  const { labels, errors, defaults } = props
  const [state, action] = useActionState<FormState, FormData>(props.action, {})
  const [chosen, setChosen] = useState<{ key: string; defaults: AddressDefaults }>({
    key: "initial",
    defaults,
  })
  const start = chosen.defaults
  const typed = (name: string, fallback?: string | null) =>
    state.values ? valueOf(state.values, name) : (fallback ?? "")
  const [country, setCountry] = useState(
    typed("country_code", start.country_code ?? props.countries[0]?.code)
  )
  const error = (name: string) => {
    const code = state.fieldErrors?.[name]
    return code ? (errors[code] ?? errors.invalid) : undefined
  }
  const inMorocco = country === "ma"
  const format = addressFormat(country)
  const townsId = useId()
  const [unlisted, setUnlisted] = useState(
    state.values ? !!valueOf(state.values, "city_unlisted") : !!start.townFree
  )

  // before the town in most of Europe ("75011 Paris"); after the street lines in Morocco and Britain
  const postcodeField = (
    <TextField
      name="postal_code"
      label={labels.postcode}
      hint={format.postcodeExample ? labels.example.replace("{example}", format.postcodeExample) : undefined}
      optional={format.postcodeRequired ? undefined : labels.optional}
      autoComplete="postal-code"
      required={format.postcodeRequired}
      dir="ltr"
      defaultValue={typed("postal_code", start.postal_code)}
      error={error("postal_code")}
      testId="address-postcode"
    />
  )

  return (
    <form action={action} className="portal-form" noValidate data-testid={props.testId}>
      <FormAlert
        state={state}
        errors={errors}
        common={{ errorSummary: errors.summary, serverSaid: "{message}" }}
      />
      <input type="hidden" name="locale" value={props.locale} />
      {Object.entries(props.hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {props.customerEmail === undefined ? (
        <TextField
          name="email"
          type="email"
          label={labels.email}
          hint={labels.emailHint}
          autoComplete="email"
          inputMode="email"
          required
          dir="ltr"
          defaultValue={typed("email", start.email)}
          error={error("email")}
          testId="checkout-email"
        />
      ) : props.customerEmail ? (
        <p className="muted" data-testid="checkout-signed-in">
          {labels.signedInAs.replace("{email}", props.customerEmail)}
        </p>
      ) : null}

      {props.saved && props.saved.length > 0 && (
        <fieldset className="portal-section">
          <legend>{labels.savedAddresses}</legend>
          <ul className="saved-addresses">
            {props.saved.map((address) => (
              <li key={address.id}>
                <span>{address.summary}</span>
                <button
                  type="button"
                  className="button button--ghost button--small"
                  data-testid="use-saved-address"
                  onClick={() => {
                    setChosen({ key: address.id, defaults: address.defaults })
                    setCountry(address.defaults.country_code ?? country)
                    setUnlisted(!!address.defaults.townFree)
                  }}
                >
                  {labels.useSaved}
                </button>
              </li>
            ))}
          </ul>
        </fieldset>
      )}

      <div key={chosen.key} className="address-fields">
        <TextField
          name="first_name"
          label={labels.firstName}
          autoComplete="given-name"
          required
          defaultValue={typed("first_name", start.first_name)}
          error={error("first_name")}
          testId="address-first-name"
        />
        <TextField
          name="last_name"
          label={labels.lastName}
          autoComplete="family-name"
          required
          defaultValue={typed("last_name", start.last_name)}
          error={error("last_name")}
          testId="address-last-name"
        />
        <div className="field">
          <label htmlFor="field-country_code" className="field__label">
            {labels.country}
          </label>
          <select
            id="field-country_code"
            name="country_code"
            className="field__input"
            value={country}
            onChange={(event) => setCountry(event.target.value)}
            autoComplete="country"
            data-testid="address-country"
          >
            {props.countries.map((option) => (
              <option key={option.code} value={option.code}>
                {option.name}
              </option>
            ))}
          </select>
          {error("country_code") && <p className="field__error">{error("country_code")}</p>}
        </div>
        {format.postcodeFirst ? postcodeField : null}
        {inMorocco ? (
          <>
            {/* a native datalist: the browser searches the towns, no script or library to load */}
            {unlisted ? null : (
              <TextField
                name="city_ma"
                label={labels.city}
                hint={labels.townHint}
                autoComplete="address-level2"
                list={townsId}
                required
                defaultValue={typed("city_ma", start.townName)}
                error={error("city_ma")}
                testId="address-city-ma"
              />
            )}
            <datalist id={townsId}>
              {props.towns.map((town) => (
                <option key={town.value} value={town.value} label={town.label} />
              ))}
            </datalist>
            <div className="field field--check">
              <input
                id={`${townsId}-unlisted`}
                name="city_unlisted"
                type="checkbox"
                value="1"
                className="field__check"
                checked={unlisted}
                onChange={(event) => setUnlisted(event.target.checked)}
                data-testid="address-city-unlisted"
              />
              <label htmlFor={`${townsId}-unlisted`} className="field__check-label">
                {labels.townUnlisted}
              </label>
            </div>
            {unlisted ? (
              <TextField
                name="city_free"
                label={labels.townFree}
                autoComplete="address-level2"
                required
                maxLength={100}
                defaultValue={typed("city_free", start.townFree)}
                error={error("city_free")}
                testId="address-city-free"
              />
            ) : null}
          </>
        ) : (
          <TextField
            name="city"
            label={labels.city}
            autoComplete="address-level2"
            required
            defaultValue={typed("city", start.city)}
            error={error("city")}
            testId="address-city"
          />
        )}
        {format.province === "none" ? null : (
          <TextField
            name="province"
            label={labels.province}
            hint={
              format.provinceExample ? labels.example.replace("{example}", format.provinceExample) : undefined
            }
            optional={format.province === "optional" ? labels.optional : undefined}
            autoComplete="address-level1"
            required={format.province === "required"}
            defaultValue={typed("province", start.province)}
            error={error("province")}
            testId="address-province"
          />
        )}
        <TextField
          name="address_1"
          label={labels.address1}
          autoComplete="street-address"
          required
          defaultValue={typed("address_1", start.address_1)}
          error={error("address_1")}
          testId="address-line"
        />
        <TextField
          name="landmark"
          label={labels.landmark}
          hint={labels.landmarkHint}
          optional={labels.optional}
          defaultValue={typed("landmark", start.address_2)}
          testId="address-landmark"
        />
        {format.postcodeFirst ? null : postcodeField}
        <TextField
          name="phone"
          type="tel"
          label={labels.phone}
          hint={labels.phoneHint}
          optional={inMorocco ? undefined : labels.optional}
          autoComplete="tel"
          inputMode="tel"
          required={inMorocco}
          dir="ltr"
          defaultValue={typed("phone", start.phone)}
          error={error("phone")}
          testId="address-phone"
        />
      </div>
      {props.offerSave && (
        <CheckboxField name="save_address" label={labels.saveAddress} testId="save-address" />
      )}
      <SubmitButton pendingLabel={labels.saving} testId="address-submit">
        {labels.submit}
      </SubmitButton>
    </form>
  )
}
