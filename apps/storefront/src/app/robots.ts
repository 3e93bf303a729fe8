import type { MetadataRoute } from "next"
import { env } from "@/lib/config"

// STOREFRONT_URL is read at run time, so robots.txt is rendered per request too.
export const dynamic = "force-dynamic"

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/api/"] },
    sitemap: `${env.storefrontUrl}/sitemap.xml`,
  }
}
