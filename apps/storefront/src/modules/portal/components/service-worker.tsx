"use client"

import { useEffect } from "react"

/**
 * Registers the portal's service worker (public/portal-sw.js) for this language's portal only,
 * so the shop's pages are never served by it.
 */
export default function PortalServiceWorker({ locale }: { locale: string }) {
  useEffect(() => {
    if (!("serviceWorker" in navigator)) {
      return
    }
    navigator.serviceWorker.register("/portal-sw.js", { scope: `/${locale}/portal/` }).catch(() => {
      // without it the portal still works, only not offline
    })
  }, [locale])
  return null
}
