"use client"

import { useState } from "react"
import { deleteAddress, saveAddress } from "@/lib/actions/account"
import type { AddressDefaults } from "@/lib/shop/address-view"
import AddressForm, { type AddressFormLabels } from "@/modules/checkout/components/address-form"

type Entry = { id: string; summary: string; defaults: AddressDefaults }

type Props = {
  locale: string
  addresses: Entry[]
  labels: AddressFormLabels & { none: string; add: string; edit: string; delete: string }
  errors: Record<string, string>
  countries: { code: string; name: string }[]
  towns: { value: string; label: string }[]
}

/** Saved addresses with edit and delete, and a form to add one; checkout offers them to prefill. */
export default function AddressBook({ locale, addresses, labels, errors, countries, towns }: Props) {
  // which address is being edited: an id, "new", or none
  const [editing, setEditing] = useState<string>()
  const form = (id: string | undefined, defaults: AddressDefaults) => (
    <AddressForm
      key={id ?? "new"}
      locale={locale}
      action={async (state, formData) => {
        const result = await saveAddress(state, formData)
        if (!result.error) {
          setEditing(undefined)
        }
        return result
      }}
      labels={labels}
      errors={errors}
      countries={countries}
      towns={towns}
      defaults={defaults}
      customerEmail=""
      hidden={id ? { address_id: id } : undefined}
      testId="address-book-form"
    />
  )
  return (
    <div className="address-book">
      {addresses.length === 0 && <p className="muted">{labels.none}</p>}
      <ul className="plain-list address-book__list">
        {addresses.map((address) => (
          <li key={address.id} className="address-book__entry" data-testid="saved-address">
            {editing === address.id ? (
              form(address.id, address.defaults)
            ) : (
              <>
                <span>{address.summary}</span>
                <span className="address-book__actions">
                  <button
                    type="button"
                    className="button button--ghost button--small"
                    onClick={() => setEditing(address.id)}
                  >
                    {labels.edit}
                  </button>
                  <form action={deleteAddress}>
                    <input type="hidden" name="address_id" value={address.id} />
                    <button
                      type="submit"
                      className="button button--ghost button--small"
                      data-testid="delete-address"
                    >
                      {labels.delete}
                    </button>
                  </form>
                </span>
              </>
            )}
          </li>
        ))}
      </ul>
      {editing === "new" ? (
        form(undefined, { country_code: "ma" })
      ) : (
        <button
          type="button"
          className="button button--ghost"
          onClick={() => setEditing("new")}
          data-testid="add-address"
        >
          {labels.add}
        </button>
      )}
    </div>
  )
}
