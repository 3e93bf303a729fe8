import "server-only"
import { notFound } from "next/navigation"
import type { Locale } from "@/lib/constants"
import { isLocale } from "./locales"

/** Narrows the `[locale]` route param; any other first segment is a 404. */
export function resolveLocale(value: string): Locale {
  if (!isLocale(value)) {
    notFound()
  }
  return value
}
