"use client"

import { useState, type MouseEvent } from "react"
import { format } from "@/lib/i18n/format"
import { fieldMessage, valuesOf, type FormState } from "@/lib/forms/form"
import type { PortalMessages } from "@/lib/portal/messages"
import { MAX_VARIANTS, VARIANT_FIELDS, variantRowCount } from "@/lib/portal/product-form"
import { TextField } from "@/modules/common/components/forms/field"

type Props = {
  state: FormState
  m: PortalMessages["productForm"]
  errors: Record<string, string>
}

type Row = { key: number; values: Record<string, string> }

function rowsFrom(state: FormState): Row[] {
  return Array.from({ length: variantRowCount(state.values) }, (_, i) => ({
    key: i,
    values: Object.fromEntries(
      VARIANT_FIELDS.map((field) => [field, valuesOf(state.values, field)[i] ?? ""])
    ),
  }))
}

/**
 * Rows of versions (name, prices in MAD and EUR, stock). Adding or removing a row happens in
 * the page once JavaScript runs; before that the buttons post the form and the server does it.
 */
export default function VariantRows({ state, m, errors }: Props) {
  const [rows, setRows] = useState<Row[]>(() => rowsFrom(state))
  const [nextKey, setNextKey] = useState(rows.length)

  const add = (event: MouseEvent) => {
    event.preventDefault()
    setRows([...rows, { key: nextKey, values: {} }])
    setNextKey(nextKey + 1)
  }
  const remove = (key: number) => (event: MouseEvent) => {
    event.preventDefault()
    setRows(rows.filter((row) => row.key !== key))
  }

  return (
    <div className="variant-rows">
      {rows.map((row, index) => {
        // errors are keyed by the row's position when the form was posted
        const e = (field: string) => fieldMessage(state, `${field}.${index}`, errors)
        return (
          <fieldset key={row.key} className="variant-row" data-testid="variant-row">
            <legend>{format(m.variant, { index: index + 1 })}</legend>
            <input type="hidden" name="variant_id" value={row.values.variant_id ?? ""} />
            <TextField
              name="variant_title"
              id={`variant-title-${row.key}`}
              label={m.variantTitle}
              defaultValue={row.values.variant_title}
              error={e("variant_title")}
              testId="variant-title"
            />
            <div className="variant-row__prices">
              <TextField
                name="variant_price_mad"
                id={`variant-price-mad-${row.key}`}
                label={m.priceMad}
                defaultValue={row.values.variant_price_mad}
                error={e("variant_price_mad")}
                inputMode="decimal"
                dir="ltr"
                testId="variant-price-mad"
              />
              <TextField
                name="variant_price_eur"
                id={`variant-price-eur-${row.key}`}
                label={m.priceEur}
                defaultValue={row.values.variant_price_eur}
                error={e("variant_price_eur")}
                inputMode="decimal"
                dir="ltr"
                testId="variant-price-eur"
              />
            </div>
            <TextField
              name="variant_stock"
              id={`variant-stock-${row.key}`}
              label={m.stock}
              defaultValue={row.values.variant_stock}
              error={e("variant_stock")}
              inputMode="numeric"
              dir="ltr"
              testId="variant-stock"
            />
            <input type="hidden" name="variant_sku" value={row.values.variant_sku ?? ""} />
            {rows.length > 1 ? (
              <button
                type="submit"
                name="intent"
                value={`remove-variant:${index}`}
                className="button button--ghost button--small"
                formNoValidate
                onClick={remove(row.key)}
              >
                {format(m.removeVariant, { index: index + 1 })}
              </button>
            ) : null}
          </fieldset>
        )
      })}
      {rows.length < MAX_VARIANTS ? (
        <button
          type="submit"
          name="intent"
          value="add-variant"
          className="button button--ghost button--wide"
          formNoValidate
          onClick={add}
          data-testid="variant-add"
        >
          + {m.addVariant}
        </button>
      ) : null}
    </div>
  )
}
