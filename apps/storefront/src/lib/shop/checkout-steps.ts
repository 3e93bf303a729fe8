import type { CheckoutVendorGroup } from "@bazaar/contracts"
import type { StoreAddress } from "@/lib/types/store"

export const CHECKOUT_STEPS = ["address", "shipping", "payment"] as const
export type CheckoutStep = (typeof CHECKOUT_STEPS)[number]

export type CheckoutProgress = { address: boolean; shipping: boolean }

type Nullable<T> = { [K in keyof T]?: T[K] | null }

/** What the steps read of a cart: its email and where the parcels go. */
export type CheckoutCart = {
  email?: string | null
  shipping_address?: Nullable<Pick<StoreAddress, "address_1" | "city" | "country_code">> | null
}

/** Shipping is done when each cooperative's parcel has a delivery option (lines of no cooperative aside). */
export function checkoutProgress(
  cart: CheckoutCart,
  groups: Pick<CheckoutVendorGroup, "vendor" | "selected_shipping_option_id">[]
): CheckoutProgress {
  const address = cart.shipping_address
  const hasAddress = Boolean(cart.email && address?.address_1 && address.city && address.country_code)
  const parcels = groups.filter((group) => group.vendor)
  return {
    address: hasAddress,
    shipping: hasAddress && parcels.length > 0 && parcels.every((group) => group.selected_shipping_option_id),
  }
}

/**
 * The step to show: the one asked for when the steps before it are done (to go back and change
 * something), else the first one not done yet.
 */
export function checkoutStep(progress: CheckoutProgress, requested: string | undefined): CheckoutStep {
  const firstOpen: CheckoutStep = !progress.address ? "address" : !progress.shipping ? "shipping" : "payment"
  const open = CHECKOUT_STEPS.indexOf(firstOpen)
  const asked = CHECKOUT_STEPS.indexOf(requested as CheckoutStep)
  return asked >= 0 && asked <= open ? CHECKOUT_STEPS[asked] : firstOpen
}
