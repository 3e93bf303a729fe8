"use client"

import { useActionState } from "react"
import { updateCartItem, type CartActionState } from "@/lib/actions/cart"

type Props = {
  locale: string
  itemId: string
  quantity: number
  maxQuantity: number
  labels: { quantity: string; decrease: string; increase: string; remove: string; removeItem: string }
  errors: Record<string, string>
}

/** −, the quantity, + and remove: each button posts the new quantity (works before JavaScript loads). */
export default function CartItemControls({ locale, itemId, quantity, maxQuantity, labels, errors }: Props) {
  const [state, action, pending] = useActionState<CartActionState, FormData>(updateCartItem, {})
  return (
    <form action={action} className="cart-item__controls" aria-busy={pending}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="item_id" value={itemId} />
      <div className="stepper" role="group" aria-label={labels.quantity}>
        <button
          type="submit"
          name="quantity"
          value={quantity - 1}
          className="stepper__button"
          aria-label={labels.decrease}
          disabled={pending}
          data-testid="quantity-decrease"
        >
          −
        </button>
        <output className="stepper__value" data-testid="item-quantity">
          {quantity}
        </output>
        <button
          type="submit"
          name="quantity"
          value={quantity + 1}
          className="stepper__button"
          aria-label={labels.increase}
          disabled={pending || quantity >= maxQuantity}
          data-testid="quantity-increase"
        >
          +
        </button>
      </div>
      <button
        type="submit"
        name="quantity"
        value={0}
        className="link-button"
        aria-label={labels.removeItem}
        disabled={pending}
        data-testid="remove-item"
      >
        {labels.remove}
      </button>
      {state.error && (
        <p className="cart-item__error" role="alert" key={state.version}>
          {errors[state.error] ?? errors.unknown}
        </p>
      )}
    </form>
  )
}
