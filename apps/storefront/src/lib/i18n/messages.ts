import "server-only"
import ar from "@messages/ar.json"
import en from "@messages/en.json"
import fr from "@messages/fr.json"
import type { Locale } from "@/lib/constants"

/** French is the base catalogue; the others must have the same keys (checked by the compiler and a test). */
export type Messages = typeof fr

const catalogues: Record<Locale, Messages> = { fr, ar, en }

export function getMessages(locale: Locale): Messages {
  return catalogues[locale]
}
