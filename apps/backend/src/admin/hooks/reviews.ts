import type { FetchError } from "@medusajs/js-sdk"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { queryKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import type {
  AdminModerateReviewBody,
  AdminReviewListParams,
  AdminReviewListResponse,
  AdminReviewResponse,
} from "../types"

export const reviewQueryKeys = queryKeys("bazaar_reviews")

/** Buyers' reviews in one status: those waiting oldest first (a queue), the others newest first. */
export function useReviews(query: AdminReviewListParams) {
  return useQuery<AdminReviewListResponse, FetchError>({
    queryKey: reviewQueryKeys.list(query),
    queryFn: () => sdk.client.fetch("/admin/reviews", { query }),
  })
}

/** Publish a review, or reject it with a reason; every status list refreshes, so the row moves. */
export function useModerateReview() {
  const queryClient = useQueryClient()
  return useMutation<
    AdminReviewResponse,
    FetchError,
    { id: string; action: "publish" | "reject"; body: AdminModerateReviewBody }
  >({
    mutationFn: ({ id, action, body }) =>
      sdk.client.fetch(`/admin/reviews/${id}/${action}`, { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reviewQueryKeys.lists() }),
  })
}
