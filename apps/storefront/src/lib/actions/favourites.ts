"use server"

import { backendFetch } from "@/lib/backend"
import { getCustomerToken } from "@/lib/data/cookies"
import { cleanProductIds, isProductId } from "@/lib/favourites/guest-favourites"
import type { StoreFavourite } from "@/lib/types/custom-routes"
import { httpStatus } from "@/lib/util/http-error"

/** The favourites the hearts show: the account's when signed in, else the browser keeps them. */
export type FavouritesState = { signedIn: boolean; ids: string[] }

const SIGNED_OUT: FavouritesState = { signedIn: false, ids: [] }

type FavouritesResponse = { favourites: StoreFavourite[] }

/**
 * The signed-in shopper's favourite product ids, after merging the list this browser kept as a guest
 * (the backend ignores ids already kept, so a merge repeated by a second tab changes nothing).
 * Called once per page load by the hearts' provider: this is how a guest's list joins the account
 * on the first page after sign-in.
 */
export async function syncFavourites(guestIds: string[]): Promise<FavouritesState> {
  const token = await getCustomerToken()
  if (!token) {
    return SIGNED_OUT
  }
  const merge = cleanProductIds(guestIds)
  try {
    const { favourites } = merge.length
      ? await backendFetch<FavouritesResponse>("/store/customers/me/favourites", {
          method: "POST",
          token,
          body: { product_ids: merge },
        })
      : await backendFetch<FavouritesResponse>("/store/customers/me/favourites", { token })
    return { signedIn: true, ids: favourites.map((favourite) => favourite.product_id) }
  } catch (error) {
    if (httpStatus(error) === 401) {
      return SIGNED_OUT
    }
    throw error
  }
}

/** One heart pressed by a signed-in shopper: `ok` false when it was not saved (the heart goes back). */
export async function setFavourite(
  productId: string,
  on: boolean
): Promise<{ ok: boolean; signedIn: boolean }> {
  const token = await getCustomerToken()
  if (!token) {
    return { ok: false, signedIn: false }
  }
  if (!isProductId(productId)) {
    return { ok: false, signedIn: true }
  }
  try {
    await (on
      ? backendFetch("/store/customers/me/favourites", {
          method: "POST",
          token,
          body: { product_ids: [productId] },
        })
      : backendFetch(`/store/customers/me/favourites/${encodeURIComponent(productId)}`, {
          method: "DELETE",
          token,
        }))
    return { ok: true, signedIn: true }
  } catch (error) {
    const status = httpStatus(error)
    return { ok: false, signedIn: status !== 401 }
  }
}
