import type { NextConfig } from "next"
import { join } from "node:path"
import { STATIC_SECURITY_HEADERS } from "./src/lib/security/headers"

const nextConfig: NextConfig = {
  // The backend host is only known at run time, so images are plain <img>, not next/image.
  images: { unoptimized: true },
  poweredByHeader: false,
  // no framing, no MIME sniffing, no full URLs to other sites, no camera/microphone/location:
  // on every response; each page's Content-Security-Policy (with its nonce) comes from src/proxy.ts
  async headers() {
    return [{ source: "/:path*", headers: STATIC_SECURITY_HEADERS }]
  },
  // the container image (apps/storefront/Dockerfile) runs a self-contained server traced from the monorepo root
  ...(process.env.NEXT_OUTPUT === "standalone"
    ? { output: "standalone", outputFileTracingRoot: join(__dirname, "..", "..") }
    : {}),
  experimental: {
    // A 404 for URLs outside any locale (/xx/…) needs a page that does not depend on [locale]/layout.
    globalNotFound: true,
    // The cooperative portal uploads up to 8 phone photos of 5 MB each through server actions.
    serverActions: { bodySizeLimit: "40mb" },
    proxyClientMaxBodySize: "40mb",
  },
}

export default nextConfig
