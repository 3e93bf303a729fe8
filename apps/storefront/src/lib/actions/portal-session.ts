import "server-only"
import { cookies } from "next/headers"
import { backendFetch } from "@/lib/backend"
import { env } from "@/lib/config"
import { DEFAULT_LOCALE, VENDOR_TOKEN_COOKIE, type Locale } from "@/lib/constants"
import { isLocale } from "@/lib/i18n/locales"
import { tokenCookieOptions } from "@/lib/util/token-cookie"

/** The page language a portal form posted (a hidden field), French when missing or unknown. */
export function formLocale(formData: FormData): Locale {
  const locale = formData.get("locale")
  return isLocale(locale) ? locale : DEFAULT_LOCALE
}

/** `POST /auth/vendor/emailpass`: a member JWT (or, for an identity without a member yet, a registration token). */
export async function logIn(email: string, password: string): Promise<string> {
  const { token } = await backendFetch<{ token: string }>("/auth/vendor/emailpass", {
    method: "POST",
    body: { email, password },
  })
  return token
}

export async function register(email: string, password: string): Promise<string> {
  const { token } = await backendFetch<{ token: string }>("/auth/vendor/emailpass/register", {
    method: "POST",
    body: { email, password },
  })
  return token
}

export async function startSession(token: string): Promise<void> {
  ;(await cookies()).set(
    VENDOR_TOKEN_COOKIE,
    token,
    tokenCookieOptions(token, { siteUrl: env.storefrontUrl })
  )
}

export async function endSession(): Promise<void> {
  ;(await cookies()).delete({ name: VENDOR_TOKEN_COOKIE, path: "/" })
}
