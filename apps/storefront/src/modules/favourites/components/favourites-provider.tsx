"use client"

import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from "react"
import { setFavourite, syncFavourites } from "@/lib/actions/favourites"
import { GUEST_FAVOURITES_KEY, parseGuestFavourites, withFavourite } from "@/lib/favourites/guest-favourites"

type Favourites = {
  /** null until the account's list is read: hearts show unpressed meanwhile */
  ids: ReadonlySet<string> | null
  toggle: (productId: string, on: boolean) => void
}

const FavouritesContext = createContext<Favourites>({ ids: null, toggle: () => {} })

export function useFavourites(): Favourites {
  return useContext(FavouritesContext)
}

// The guest's list in localStorage, read as an external store: other tabs tell through "storage"
// events, this tab through its own listeners.
const listeners = new Set<() => void>()

function subscribeGuest(listener: () => void): () => void {
  listeners.add(listener)
  window.addEventListener("storage", listener)
  return () => {
    listeners.delete(listener)
    window.removeEventListener("storage", listener)
  }
}

function readGuestRaw(): string | null {
  try {
    return window.localStorage.getItem(GUEST_FAVOURITES_KEY)
  } catch {
    // storage refused (private mode, a full quota): hearts still work for this page
    return null
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
  listeners.forEach((listener) => listener())
}

type Props = { signedIn: boolean; children: ReactNode }

/**
 * Holds the hearts' state for the whole shop: a guest's favourites in localStorage, a signed-in
 * shopper's in the account. The first page after sign-in merges the guest's list into the account
 * and empties it from the browser.
 */
export default function FavouritesProvider({ signedIn, children }: Props) {
  const guestRaw = useSyncExternalStore(subscribeGuest, readGuestRaw, () => null)
  const guestIds = useMemo(() => parseGuestFavourites(guestRaw), [guestRaw])
  // the account's list once the backend answered; "expired" when the session turned out to be over
  const [account, setAccount] = useState<string[] | "expired" | null>(null)

  useEffect(() => {
    if (!signedIn) {
      return
    }
    let live = true
    syncFavourites(parseGuestFavourites(readGuestRaw()))
      .then((state) => {
        if (!live) return
        if (state.signedIn) {
          writeGuest([])
          setAccount(state.ids)
        } else {
          setAccount("expired")
        }
      })
      .catch(() => live && setAccount("expired"))
    return () => {
      live = false
    }
  }, [signedIn])

  const inAccount = signedIn && Array.isArray(account)

  const toggle = useCallback(
    (productId: string, on: boolean) => {
      if (!inAccount) {
        writeGuest(withFavourite(parseGuestFavourites(readGuestRaw()), productId, on))
        return
      }
      const flip = (value: boolean) =>
        setAccount((current) => (Array.isArray(current) ? withFavourite(current, productId, value) : current))
      flip(on)
      setFavourite(productId, on)
        .then((result) => {
          if (result.ok) return
          flip(!on)
          if (!result.signedIn) {
            // the session ended: keep the heart in this browser until the next sign-in
            setAccount("expired")
            writeGuest(withFavourite(parseGuestFavourites(readGuestRaw()), productId, on))
          }
        })
        .catch(() => flip(!on))
    },
    [inAccount]
  )

  const ids = inAccount ? (account as string[]) : signedIn && account === null ? null : guestIds
  const value = useMemo(() => ({ ids: ids === null ? null : new Set(ids), toggle }), [ids, toggle])
  return <FavouritesContext.Provider value={value}>{children}</FavouritesContext.Provider>
}
