import "server-only"
import ar from "@messages/portal/ar.json"
import en from "@messages/portal/en.json"
import fr from "@messages/portal/fr.json"
import type { Locale } from "@/lib/constants"

/** The portal's own catalogue (French base; the others have the same keys, checked by a test). */
export type PortalMessages = typeof fr

const catalogues: Record<Locale, PortalMessages> = { fr, ar, en }

export function getPortalMessages(locale: Locale): PortalMessages {
  return catalogues[locale]
}
