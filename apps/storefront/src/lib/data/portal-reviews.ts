import "server-only"
import { backendFetch } from "@/lib/backend"
import type { PortalSession } from "@/lib/data/portal"
import type { PortalReview } from "@/lib/portal/reviews"

export type PortalReviewList = { reviews: PortalReview[]; count: number }

/** The published reviews of the cooperative's products, newest first (the API scopes them to it). */
export async function listReviews(
  session: PortalSession,
  { limit = 20, offset = 0 }: { limit?: number; offset?: number }
): Promise<PortalReviewList> {
  const { reviews, count } = await backendFetch<PortalReviewList>("/vendor/reviews", {
    token: session.token,
    query: { limit, offset },
  })
  return { reviews, count }
}
