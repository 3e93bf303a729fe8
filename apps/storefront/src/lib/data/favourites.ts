import "server-only"
import type { Locale } from "@/lib/constants"
import { backendFetch } from "@/lib/backend"
import type { StoreFavourite } from "@/lib/types/custom-routes"
import { httpStatus } from "@/lib/util/http-error"
import { getCustomerToken } from "./cookies"

/** The signed-in shopper's favourites (titles in `locale`), or undefined when signed out. Never cached. */
export async function listFavourites(locale: Locale): Promise<StoreFavourite[] | undefined> {
  const token = await getCustomerToken()
  if (!token) {
    return undefined
  }
  try {
    const { favourites } = await backendFetch<{ favourites: StoreFavourite[] }>(
      "/store/customers/me/favourites",
      { token, locale }
    )
    return favourites
  } catch (error) {
    if (httpStatus(error) === 401) {
      return undefined
    }
    throw error
  }
}
