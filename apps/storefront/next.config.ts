import type { NextConfig } from "next"

const nextConfig: NextConfig = {
  // The backend host is only known at run time, so images are plain <img>, not next/image.
  images: { unoptimized: true },
  poweredByHeader: false,
  experimental: {
    // A 404 for URLs outside any locale (/xx/…) needs a page that does not depend on [locale]/layout.
    globalNotFound: true,
  },
}

export default nextConfig
