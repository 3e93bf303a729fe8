import "server-only"
import { cache } from "react"
import { backendFetch } from "@/lib/backend"
import { CACHE_TAGS, type Locale } from "@/lib/constants"
import type { StoreEvent, StoreEventWithCooperatives } from "@/lib/types/custom-routes"
import type { ListResponse } from "@/lib/types/store"
import { httpStatus } from "@/lib/util/http-error"

/** Bazaars running or to come (soonest first), or the past ones (latest first). */
export async function listEvents(
  locale: Locale,
  when: "upcoming" | "past" = "upcoming",
  limit = 20
): Promise<StoreEvent[]> {
  const { events } = await backendFetch<ListResponse<{ events: StoreEvent[] }>>("/store/events", {
    locale,
    query: { when, limit },
    tags: [CACHE_TAGS.events],
  })
  return events
}

/** One bazaar with its cooperatives and some of their products; null when there is none by that handle. */
export const getEventByHandle = cache(
  async (locale: Locale, handle: string): Promise<StoreEventWithCooperatives | null> => {
    try {
      const { event } = await backendFetch<{ event: StoreEventWithCooperatives }>(
        `/store/events/${encodeURIComponent(handle)}`,
        // it lists cooperatives and products too: a suspension or an unpublished product shows at once
        { locale, tags: [CACHE_TAGS.events, CACHE_TAGS.vendors, CACHE_TAGS.products] }
      )
      return event
    } catch (error) {
      if (httpStatus(error) === 404) {
        return null
      }
      throw error
    }
  }
)
