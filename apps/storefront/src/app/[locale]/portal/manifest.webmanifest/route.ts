import { notFound } from "next/navigation"
import { isLocale } from "@/lib/i18n/locales"
import { getPortalMessages } from "@/lib/portal/messages"
import { portalManifest } from "@/lib/portal/web-manifest"

type Context = { params: Promise<{ locale: string }> }

/** The installable portal's manifest, one per language (linked from the portal's layout). */
export async function GET(_request: Request, { params }: Context) {
  const { locale } = await params
  if (!isLocale(locale)) {
    notFound()
  }
  return new Response(JSON.stringify(portalManifest(locale, getPortalMessages(locale).meta.portal)), {
    headers: {
      "Content-Type": "application/manifest+json; charset=utf-8",
      "Cache-Control": "public, max-age=3600",
    },
  })
}
