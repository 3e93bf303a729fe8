import type { MetadataRoute } from "next"
import { LOCALES } from "@/lib/constants"
import { localeAlternates, paths } from "./paths"

export type SitemapSources = {
  categories: { handle: string }[]
  products: { handle: string; updated_at?: string | null }[]
  vendors: { handle: string }[]
  /** bazaars running, to come and past: each has its page of cooperatives and stands */
  events?: { handle: string }[]
}

/** Every page in every locale, each entry pointing at its two translations (hreflang). */
export function buildSitemap(baseUrl: string, sources: SitemapSources): MetadataRoute.Sitemap {
  const base = baseUrl.replace(/\/$/, "")
  const pages: { path: string; lastModified?: string; priority: number }[] = [
    { path: paths.home(), priority: 1 },
    { path: paths.cooperatives(), priority: 0.7 },
    { path: paths.impact(), priority: 0.5 },
    ...(sources.events ? [{ path: paths.events(), priority: 0.6 }] : []),
    ...(sources.events ?? []).map((e) => ({
      path: paths.event(e.handle),
      priority: 0.6,
    })),
    ...sources.categories.map((c) => ({
      path: paths.category(c.handle),
      priority: 0.8,
    })),
    ...sources.vendors.map((v) => ({
      path: paths.cooperative(v.handle),
      priority: 0.7,
    })),
    ...sources.products.map((p) => ({
      path: paths.product(p.handle),
      lastModified: p.updated_at ?? undefined,
      priority: 0.6,
    })),
  ]

  return pages.flatMap(({ path, lastModified, priority }) => {
    const { languages } = localeAlternates("fr", path)
    const absolute = Object.fromEntries(LOCALES.map((locale) => [locale, `${base}${languages[locale]}`]))
    return LOCALES.map((locale) => ({
      url: absolute[locale],
      ...(lastModified ? { lastModified } : {}),
      priority,
      alternates: { languages: absolute },
    }))
  })
}

/** Walks an offset-paginated list until `count` rows are read (or a page comes back short). */
export async function fetchAllPages<T>(
  fetchPage: (offset: number, limit: number) => Promise<{ rows: T[]; count: number }>,
  limit: number
): Promise<T[]> {
  const all: T[] = []
  for (let offset = 0; ; offset += limit) {
    const { rows, count } = await fetchPage(offset, limit)
    all.push(...rows)
    if (rows.length < limit || all.length >= count) {
      return all
    }
  }
}
