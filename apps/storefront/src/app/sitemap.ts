import type { MetadataRoute } from "next"
import { SITEMAP_PAGE_SIZE } from "@/lib/constants"
import { env } from "@/lib/config"
import { listCategories } from "@/lib/data/categories"
import { listEvents } from "@/lib/data/events"
import { listProductHandles } from "@/lib/data/products"
import { listVendors } from "@/lib/data/vendors"
import { buildSitemap, fetchAllPages } from "@/lib/util/sitemap"

// Built per request from the live catalogue: never at build time, when no backend runs.
export const dynamic = "force-dynamic"

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [categories, products, vendors, upcoming, past] = await Promise.all([
    listCategories("fr"),
    fetchAllPages(listProductHandles, SITEMAP_PAGE_SIZE),
    fetchAllPages(async (offset, limit) => {
      const { vendors, count } = await listVendors({
        locale: "fr",
        limit,
        offset,
        fresh: true,
      })
      return { rows: vendors, count }
    }, SITEMAP_PAGE_SIZE),
    // a few bazaars a year: the 50 latest of each kind are all of them for years
    listEvents("fr", "upcoming", 50),
    listEvents("fr", "past", 50),
  ])
  return buildSitemap(env.storefrontUrl, { categories, products, vendors, events: [...upcoming, ...past] })
}
