// A customer's or member's JWT lives only in an httpOnly cookie: client JavaScript never sees it.

// Medusa's default JWT lifetime; used when a token carries no readable expiry.
const DEFAULT_MAX_AGE_SECONDS = 60 * 60 * 24

/** The `exp` claim (seconds since the epoch) of a JWT, or undefined when it cannot be read. */
export function jwtExpiry(token: string): number | undefined {
  const payload = token.split(".")[1]
  if (!payload) {
    return undefined
  }
  try {
    const json = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"))
    return typeof json.exp === "number" ? json.exp : undefined
  } catch {
    return undefined
  }
}

export type CookieOptions = {
  httpOnly: true
  sameSite: "lax"
  secure: boolean
  path: string
  maxAge: number
}

/** A customer's or member's token cookie: it expires with the token, and is `secure` on https sites. */
export function tokenCookieOptions(
  token: string,
  { siteUrl, now = Date.now() }: { siteUrl: string; now?: number }
): CookieOptions {
  const exp = jwtExpiry(token)
  const maxAge = exp === undefined ? DEFAULT_MAX_AGE_SECONDS : Math.max(0, exp - Math.floor(now / 1000))
  return {
    httpOnly: true,
    sameSite: "lax",
    secure: siteUrl.startsWith("https:"),
    path: "/",
    maxAge,
  }
}
