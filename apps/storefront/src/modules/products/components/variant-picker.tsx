"use client"

import { useState } from "react"
import { chooseOption, isCombinationAvailable, type VariantChoice } from "@/lib/util/variants"
import AddToCart, { type AddToCartLabels } from "@/modules/cart/components/add-to-cart"

export type PickerOption = { id: string; title: string; values: string[] }

/** A variant with its price and stock text formatted on the server (no Intl differences on phones). */
export type PickerVariant = VariantChoice & { price: string; stockText: string; maxQuantity: number }

/** What the add-to-cart form under the picker needs. */
export type PickerBuy = { locale: string; cartHref: string; labels: AddToCartLabels }

type Props = {
  options: PickerOption[]
  variants: PickerVariant[]
  initialVariantId: string
  buy: PickerBuy
}

/** Option buttons that switch the shown price and stock, and keep the choice in "?variant=". */
export default function VariantPicker({ options, variants, initialVariantId, buy }: Props) {
  const [variantId, setVariantId] = useState(initialVariantId)
  const current = variants.find((variant) => variant.id === variantId) ?? variants[0]

  function choose(optionId: string, value: string) {
    const next = chooseOption(variants, current.selection, optionId, value)
    if (!next || next.id === current.id) {
      return
    }
    setVariantId(next.id)
    // replaceState keeps the URL shareable without a server round trip (Next syncs its router).
    const url = new URL(window.location.href)
    url.searchParams.set("variant", next.id)
    window.history.replaceState(null, "", url)
  }

  return (
    <div className="variant-picker">
      {options.map((option) => (
        <fieldset key={option.id} className="variant-picker__option">
          <legend>{option.title}</legend>
          <div className="variant-picker__values">
            {option.values.map((value) => {
              const available = isCombinationAvailable(variants, current.selection, option.id, value)
              return (
                <button
                  key={value}
                  type="button"
                  className="chip"
                  aria-pressed={current.selection[option.id] === value}
                  data-unavailable={available ? undefined : "true"}
                  data-testid="variant-option"
                  onClick={() => choose(option.id, value)}
                >
                  {value}
                </button>
              )
            })}
          </div>
        </fieldset>
      ))}
      <p className="product-price" data-testid="product-price" aria-live="polite">
        {current.price}
      </p>
      <p
        className="stock-status"
        data-testid="stock-status"
        data-in-stock={current.inStock ? "true" : "false"}
        aria-live="polite"
      >
        {current.stockText}
      </p>
      <AddToCart
        {...buy}
        variantId={current.id}
        inStock={current.inStock}
        maxQuantity={current.maxQuantity}
      />
    </div>
  )
}
