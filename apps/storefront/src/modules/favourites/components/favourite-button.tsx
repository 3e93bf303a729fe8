"use client"

import { useFavourites } from "./favourites-provider"

type Props = {
  productId: string
  /** The button's name: on a card "Favourite: <title>", on the product page its visible text. */
  label: string
  /** Show the label beside the heart (product page); on cards it is the button's accessible name. */
  showLabel?: boolean
}

/** A heart that keeps a product in the shopper's favourites; pressed when it is one. */
export default function FavouriteButton({ productId, label, showLabel = false }: Props) {
  const { ids, toggle } = useFavourites()
  const pressed = ids?.has(productId) ?? false
  return (
    <button
      type="button"
      className={showLabel ? "favourite-button favourite-button--labelled" : "favourite-button"}
      aria-pressed={pressed}
      aria-label={showLabel ? undefined : label}
      onClick={() => toggle(productId, !pressed)}
      data-testid="favourite-button"
      data-product-id={productId}
    >
      <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" className="favourite-button__icon">
        <path
          d="M12 20.5s-7.5-4.6-9.3-9.4C1.5 7.9 3.6 4.5 7 4.5c2 0 3.5 1.1 5 3 1.5-1.9 3-3 5-3 3.4 0 5.5 3.4 4.3 6.6-1.8 4.8-9.3 9.4-9.3 9.4z"
          fill={pressed ? "currentColor" : "none"}
          stroke="currentColor"
          strokeWidth="2"
          strokeLinejoin="round"
        />
      </svg>
      {showLabel ? <span>{label}</span> : null}
    </button>
  )
}
