/**
 * The storefront's and portal's security headers. The Content-Security-Policy carries a fresh nonce
 * per page (set by src/proxy.ts; Next.js puts it on its own scripts); the others are the same on
 * every response (next.config.ts), static files included.
 */

/** Stripe.js, its Payment Element frames and API, as Stripe documents them for a CSP. */
const STRIPE = {
  script: ["https://js.stripe.com", "https://*.js.stripe.com"],
  frame: ["https://js.stripe.com", "https://*.js.stripe.com", "https://hooks.stripe.com"],
  connect: ["https://api.stripe.com"],
  img: ["https://*.stripe.com"],
}

export type CspOptions = {
  nonce: string
  /** Where the backend serves the API and product photos (MEDUSA_BACKEND_URL). */
  backendUrl: string
  /** Other places photos come from: the backend's public URL, an S3 bucket (CSP_IMAGE_ORIGINS). */
  imageOrigins?: string[]
  /** Served over HTTPS: plain-http subresources are upgraded. */
  https: boolean
  /** `next dev` needs eval for React's error overlays; never in production. */
  development?: boolean
}

/** The origin of a URL (scheme, host, port), or undefined for something that is not one. */
export function originOf(url: string | undefined): string | undefined {
  if (!url) {
    return undefined
  }
  try {
    const { origin } = new URL(url.trim())
    return origin === "null" ? undefined : origin
  } catch {
    return undefined
  }
}

/** A comma- or space-separated list of URLs, as origins (anything that is not a URL is dropped). */
export function originsFromList(list: string | undefined): string[] {
  return (list ?? "")
    .split(/[\s,]+/)
    .map(originOf)
    .filter((origin): origin is string => Boolean(origin))
}

const unique = (values: (string | undefined)[]) => [...new Set(values.filter(Boolean))] as string[]

export function contentSecurityPolicy(options: CspOptions): string {
  const backend = originOf(options.backendUrl)
  const nonce = `'nonce-${options.nonce}'`
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    // 'strict-dynamic': scripts that Next's nonced scripts load are trusted, hosts are then ignored by
    // browsers that know it; the Stripe hosts are for those that do not
    "script-src": unique([
      "'self'",
      nonce,
      "'strict-dynamic'",
      ...STRIPE.script,
      ...(options.development ? ["'unsafe-eval'"] : []),
    ]),
    "style-src": ["'self'", ...(options.development ? ["'unsafe-inline'"] : [nonce])],
    "img-src": unique(["'self'", "data:", "blob:", backend, ...(options.imageOrigins ?? []), ...STRIPE.img]),
    "font-src": ["'self'", "data:"],
    "connect-src": unique(["'self'", backend, ...STRIPE.connect]),
    "frame-src": STRIPE.frame,
    // the portal's service worker (/portal-sw.js) and web manifest are our own files
    "worker-src": ["'self'"],
    "manifest-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  }
  const policy = Object.entries(directives).map(([name, values]) => `${name} ${values.join(" ")}`)
  if (options.https) {
    policy.push("upgrade-insecure-requests")
  }
  return policy.join("; ")
}

/** A nonce: 128 random bits, base64 (Web Crypto, which the proxy's runtime has). */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return btoa(String.fromCharCode(...bytes))
}

/** Whether the visitor reached us over HTTPS: directly, behind a proxy that says so, or by configuration. */
export function servedOverHttps(request: {
  protocol: string
  forwardedProto: string | null
  storefrontUrl?: string
}): boolean {
  const forwarded = request.forwardedProto?.split(",")[0]?.trim().toLowerCase()
  return (
    request.protocol === "https:" ||
    forwarded === "https" ||
    Boolean(request.storefrontUrl?.toLowerCase().startsWith("https://"))
  )
}

export const HSTS = "max-age=63072000; includeSubDomains"

/** The headers every response gets, pages, files and API routes alike. */
export const STATIC_SECURITY_HEADERS: { key: string; value: string }[] = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  {
    key: "Permissions-Policy",
    value: 'camera=(), microphone=(), geolocation=(), usb=(), payment=(self "https://js.stripe.com")',
  },
]
