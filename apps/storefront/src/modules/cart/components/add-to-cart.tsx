"use client"

import Link from "next/link"
import { useActionState, useState } from "react"
import { addToCart, type CartActionState } from "@/lib/actions/cart"
import SubmitButton from "@/modules/common/components/forms/submit-button"

export type AddToCartLabels = {
  add: string
  adding: string
  added: string
  viewCart: string
  quantity: string
  outOfStock: string
  errors: Record<string, string>
}

type Props = {
  locale: string
  variantId: string
  inStock: boolean
  /** The most a shopper may take: the stock when it is known, else the cart's cap. */
  maxQuantity: number
  cartHref: string
  labels: AddToCartLabels
}

/** Quantity and the "add to cart" button of the product page; a server action does the work. */
export default function AddToCart({ locale, variantId, inStock, maxQuantity, cartHref, labels }: Props) {
  const [state, action] = useActionState<CartActionState, FormData>(addToCart, {})
  const [chosenQuantity, setQuantity] = useState(1)
  // another variant may have less stock: keep the quantity within it
  const quantity = Math.min(Math.max(chosenQuantity, 1), Math.max(maxQuantity, 1))

  if (!inStock) {
    return (
      <button type="button" className="button button--wide" disabled data-testid="add-to-cart">
        {labels.outOfStock}
      </button>
    )
  }
  return (
    <form action={action} className="add-to-cart">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="variant_id" value={variantId} />
      <label className="add-to-cart__quantity">
        <span>{labels.quantity}</span>
        <input
          type="number"
          name="quantity"
          inputMode="numeric"
          min={1}
          max={maxQuantity}
          value={quantity}
          onChange={(event) => setQuantity(Number(event.target.value))}
          className="field__input"
          data-testid="quantity-input"
        />
      </label>
      <SubmitButton pendingLabel={labels.adding} testId="add-to-cart">
        {labels.add}
      </SubmitButton>
      <div aria-live="polite">
        {state.added && (
          <p className="alert alert--ok" data-testid="added-to-cart" key={state.version}>
            {labels.added} <Link href={cartHref}>{labels.viewCart}</Link>
          </p>
        )}
        {state.error && (
          <p className="alert alert--error" role="alert" data-testid="cart-error" key={state.version}>
            {labels.errors[state.error] ?? labels.errors.unknown}
          </p>
        )}
      </div>
    </form>
  )
}
