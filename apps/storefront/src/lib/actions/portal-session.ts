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

/** `POST /auth/vendor/phone-otp/code`: asks for a sign-in code by SMS (same answer for any number). */
export async function requestPhoneCode(phone: string): Promise<void> {
  await backendFetch("/auth/vendor/phone-otp/code", {
    method: "POST",
    body: { phone },
    expectBody: false,
  })
}

/** `POST /auth/vendor/phone-otp`: a member JWT for a phone number and the code texted to it. */
export async function logInWithPhoneCode(phone: string, code: string): Promise<string> {
  const { token } = await backendFetch<{ token: string }>("/auth/vendor/phone-otp", {
    method: "POST",
    body: { phone, code },
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
