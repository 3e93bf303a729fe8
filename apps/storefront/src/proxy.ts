import { NextResponse, type NextRequest } from "next/server"
import { LOCALE_COOKIE, LOCALIZED_SECTIONS } from "@/lib/constants"
import { isLocale, negotiateLocale } from "@/lib/i18n/locales"

const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365

// A path no route matches: Next answers it with app/global-not-found.tsx, rendered on the
// server with a 404 (a notFound() thrown by the [locale] root layout would render client-side only).
const UNMATCHED_PATH = "/_/_unmatched_"

/**
 * Sends "/" (and locale-less shop links such as /products/x) to the visitor's language,
 * remembers the language of the pages they read, and answers unknown languages (/de/…) with a 404.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  const first = pathname.split("/")[1] ?? ""

  if (isLocale(first)) {
    const response = NextResponse.next()
    if (request.cookies.get(LOCALE_COOKIE)?.value !== first) {
      response.cookies.set(LOCALE_COOKIE, first, {
        path: "/",
        maxAge: ONE_YEAR_SECONDS,
        sameSite: "lax",
      })
    }
    return response
  }

  if (pathname === "/" || (LOCALIZED_SECTIONS as readonly string[]).includes(first)) {
    const locale = negotiateLocale(
      request.headers.get("accept-language"),
      request.cookies.get(LOCALE_COOKIE)?.value
    )
    const url = request.nextUrl.clone()
    url.pathname = `/${locale}${pathname === "/" ? "" : pathname}`
    const response = NextResponse.redirect(url)
    // The redirect target depends on these headers; shared caches must not mix visitors.
    response.headers.set("Vary", "Accept-Language, Cookie")
    return response
  }

  return NextResponse.rewrite(new URL(UNMATCHED_PATH, request.url))
}

export const config = {
  // Pages only: not Next internals, metadata files (sitemap, robots, icon) or files with an extension.
  matcher: ["/((?!_next/|api/|sitemap.xml|robots.txt|icon.svg|favicon.ico|.*\\.[a-z0-9]+$).*)"],
}
