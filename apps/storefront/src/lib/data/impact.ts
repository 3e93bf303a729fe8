import "server-only"
import type { ImpactFigures } from "@bazaar/contracts"
import { backendFetch } from "@/lib/backend"
import { CACHE_TAGS } from "@/lib/constants"

/** The marketplace's impact figures, as computed this morning; the same in every language. */
export async function getImpact(): Promise<ImpactFigures> {
  const { impact } = await backendFetch<{ impact: ImpactFigures }>("/store/impact", {
    tags: [CACHE_TAGS.impact],
  })
  return impact
}

/** The figures for the home page's band: a page that cannot read them still shows the shop. */
export async function getImpactOrNull(): Promise<ImpactFigures | null> {
  return getImpact().catch(() => null)
}
