import "server-only"
import { cookies } from "next/headers"
import { backendFetch } from "@/lib/backend"
import { env } from "@/lib/config"
import { VENDOR_TOKEN_COOKIE } from "@/lib/constants"
import { tokenCookieOptions } from "@/lib/util/token-cookie"

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
