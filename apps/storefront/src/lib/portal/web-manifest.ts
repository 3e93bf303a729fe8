import type { MetadataRoute } from "next"
import type { Locale } from "@/lib/constants"

/** The design's terracotta, also the shop's theme colour (app/[locale]/layout.tsx). */
export const PORTAL_THEME_COLOUR = "#b5502f"
const BACKGROUND = "#fbf5ec"

/**
 * The portal's web manifest in one language: installed, it opens on the member's dashboard,
 * stays inside the portal and looks like an app (no browser bar).
 */
export function portalManifest(locale: Locale, name: string): MetadataRoute.Manifest {
  const base = `/${locale}/portal`
  return {
    id: base,
    name,
    short_name: name,
    lang: locale,
    dir: locale === "ar" ? "rtl" : "ltr",
    start_url: base,
    scope: `${base}/`,
    display: "standalone",
    theme_color: PORTAL_THEME_COLOUR,
    background_color: BACKGROUND,
    icons: [192, 512].map((size) => ({
      src: `/portal-icons/icon-${size}.png`,
      sizes: `${size}x${size}`,
      type: "image/png",
      purpose: "any",
    })),
  }
}
