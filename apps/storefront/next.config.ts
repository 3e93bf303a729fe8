import type { NextConfig } from "next"

const nextConfig: NextConfig = {
  // The backend host is only known at run time, so images are plain <img>, not next/image.
  images: { unoptimized: true },
  poweredByHeader: false,
  experimental: {
    // A 404 for URLs outside any locale (/xx/…) needs a page that does not depend on [locale]/layout.
    globalNotFound: true,
    // The cooperative portal uploads up to 8 phone photos of 5 MB each through server actions.
    serverActions: { bodySizeLimit: "40mb" },
    proxyClientMaxBodySize: "40mb",
  },
}

export default nextConfig
