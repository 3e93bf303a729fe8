"use client"

import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from "react"
import { setFavourite, syncFavourites } from "@/lib/actions/favourites"
import { GUEST_FAVOURITES_KEY, parseGuestFavourites, withFavourite } from "@/lib/favourites/guest-favourites"

type Favourites = {
  /** null until this browser's (or the account's) list is read: hearts show unpressed meanwhile */
  ids: ReadonlySet<string> | null
  toggle: (productId: string, on: boolean) => void
}

const FavouritesContext = createContext<Favourites>({ ids: null, toggle: () => {} })

export function useFavourites(): Favourites {
  return useContext(FavouritesContext)
}

function readGuest(): string[] {
  try {
    return parseGuestFavourites(window.localStorage.getItem(GUEST_FAVOURITES_KEY))
  } catch {
    // storage refused (private mode, a full quota): the hearts still work for this page
    return []
  }
}

function writeGuest(ids: string[]): void {
  try {
    if (ids.length) {
      window.localStorage.setItem(GUEST_FAVOURITES_KEY, JSON.stringify(ids))
    } else {
      window.localStorage.removeItem(GUEST_FAVOURITES_KEY)
    }
  } catch {
    // as above
  }
}

type Props = { signedIn: boolean; children: ReactNode }

/**
 * Holds the hearts' state for the whole shop: a guest's favourites in localStorage, a signed-in
 * shopper's in the account. The first page after sign-in merges the guest's list into the account
 * and empties it from the browser.
 */
export default function FavouritesProvider({ signedIn, children }: Props) {
  const [ids, setIds] = useState<string[] | null>(null)
  // "account" once the backend answered for a signed-in shopper; a guest (or an expired session) is "guest"
  const mode = useRef<"guest" | "account">("guest")

  useEffect(() => {
    const guest = readGuest()
    if (!signedIn) {
      setIds(guest)
      const onStorage = (event: StorageEvent) => {
        if (event.key === GUEST_FAVOURITES_KEY) setIds(parseGuestFavourites(event.newValue))
      }
      window.addEventListener("storage", onStorage)
      return () => window.removeEventListener("storage", onStorage)
    }
    let live = true
    syncFavourites(guest)
      .then((state) => {
        if (!live) return
        if (state.signedIn) {
          mode.current = "account"
          writeGuest([])
          setIds(state.ids)
        } else {
          setIds(guest)
        }
      })
      .catch(() => live && setIds(guest))
    return () => {
      live = false
    }
  }, [signedIn])

  const toggle = useCallback((productId: string, on: boolean) => {
    setIds((current) => withFavourite(current ?? [], productId, on))
    if (mode.current === "guest") {
      writeGuest(withFavourite(readGuest(), productId, on))
      return
    }
    setFavourite(productId, on)
      .then((result) => {
        if (result.ok) return
        if (!result.signedIn) {
          // the session ended: keep the heart, in this browser, until the next sign-in
          mode.current = "guest"
          writeGuest(withFavourite(readGuest(), productId, on))
          return
        }
        setIds((current) => withFavourite(current ?? [], productId, !on))
      })
      .catch(() => setIds((current) => withFavourite(current ?? [], productId, !on)))
  }, [])

  return (
    <FavouritesContext.Provider value={{ ids: ids === null ? null : new Set(ids), toggle }}>
      {children}
    </FavouritesContext.Provider>
  )
}
