import { NextResponse, type NextRequest } from "next/server"
import { LOCALE_COOKIE, LOCALIZED_SECTIONS } from "@/lib/constants"
import { isLocale, negotiateLocale } from "@/lib/i18n/locales"
import {
  contentSecurityPolicy,
  HSTS,
  newNonce,
  originsFromList,
  servedOverHttps,
} from "@/lib/security/headers"

const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365

// A path no route matches: Next answers it with app/global-not-found.tsx, rendered on the
// server with a 404 (a notFound() thrown by the [locale] root layout would render client-side only).
const UNMATCHED_PATH = "/_/_unmatched_"

/**
 * A page's Content-Security-Policy with a fresh nonce. Next.js reads the nonce from the request's
 * CSP header and puts it on its own scripts, which is why every page is rendered per request.
 */
function securePage(request: NextRequest) {
  const https = servedOverHttps({
    protocol: request.nextUrl.protocol,
    forwardedProto: request.headers.get("x-forwarded-proto"),
    storefrontUrl: process.env.STOREFRONT_URL,
  })
  const policy = contentSecurityPolicy({
    nonce: newNonce(),
    backendUrl: process.env.MEDUSA_BACKEND_URL || "http://localhost:9000",
    imageOrigins: originsFromList(process.env.CSP_IMAGE_ORIGINS),
    https,
    development: process.env.NODE_ENV === "development",
  })
  const headers = new Headers(request.headers)
  headers.set("Content-Security-Policy", policy)
  return {
    request: { headers },
    apply<T extends NextResponse>(response: T): T {
      response.headers.set("Content-Security-Policy", policy)
      if (https) {
        response.headers.set("Strict-Transport-Security", HSTS)
      }
      return response
    },
  }
}

/**
 * Sends "/" (and locale-less shop links such as /products/x) to the visitor's language,
 * remembers the language of the pages they read, and answers unknown languages (/de/…) with a 404.
 * Every page gets its security headers here (the rest, for every response, in next.config.ts).
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  const first = pathname.split("/")[1] ?? ""
  const page = securePage(request)

  if (isLocale(first)) {
    const response = page.apply(NextResponse.next({ request: page.request }))
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
    const response = page.apply(NextResponse.redirect(url))
    // The redirect target depends on these headers; shared caches must not mix visitors.
    response.headers.set("Vary", "Accept-Language, Cookie")
    return response
  }

  return page.apply(NextResponse.rewrite(new URL(UNMATCHED_PATH, request.url), { request: page.request }))
}

export const config = {
  // Pages only: not Next internals, metadata files (sitemap, robots, icon) or files with an extension.
  matcher: ["/((?!_next/|api/|sitemap.xml|robots.txt|icon.svg|favicon.ico|.*\\.[a-z0-9]+$).*)"],
}
