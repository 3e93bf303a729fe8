import type { NextConfig } from "next"
import { join } from "node:path"

const nextConfig: NextConfig = {
  // The backend host is only known at run time, so images are plain <img>, not next/image.
  images: { unoptimized: true },
  poweredByHeader: false,
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
