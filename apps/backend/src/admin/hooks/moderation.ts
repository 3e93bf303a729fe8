import type { FetchError } from "@medusajs/js-sdk"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { queryKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import type {
  AdminModerateProductBody,
  AdminModerationProductListParams,
  AdminModerationProductListResponse,
  AdminProductEditListResponse,
} from "../types"

export const moderationQueryKeys = queryKeys("bazaar_moderation_products")

/** Products cooperatives submitted for review, oldest first. */
export function useModerationProducts(query: AdminModerationProductListParams) {
  return useQuery<AdminModerationProductListResponse, FetchError>({
    queryKey: moderationQueryKeys.list(query),
    queryFn: () => sdk.client.fetch("/admin/moderation/products", { query }),
  })
}

/** Publish a submitted product, or send it back with a reason; the queue and its count refresh. */
export function useModerateProduct() {
  const queryClient = useQueryClient()
  return useMutation<
    unknown,
    FetchError,
    { id: string; action: "publish" | "reject"; body: AdminModerateProductBody }
  >({
    mutationFn: ({ id, action, body }) =>
      sdk.client.fetch(`/admin/moderation/products/${id}/${action}`, { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: moderationQueryKeys.lists() }),
  })
}

export const productEditQueryKeys = queryKeys("bazaar_product_edits")

/** Edits of published products waiting for staff, oldest first. */
export function useProductEdits(query: AdminModerationProductListParams) {
  return useQuery<AdminProductEditListResponse, FetchError>({
    queryKey: productEditQueryKeys.list(query),
    queryFn: () => sdk.client.fetch("/admin/moderation/edits", { query }),
  })
}

/** Approve an edit (it goes live) or send it back with a reason. */
export function useDecideProductEdit() {
  const queryClient = useQueryClient()
  return useMutation<
    unknown,
    FetchError,
    { id: string; action: "approve" | "reject"; body: AdminModerateProductBody }
  >({
    mutationFn: ({ id, action, body }) =>
      sdk.client.fetch(`/admin/moderation/edits/${id}/${action}`, { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: productEditQueryKeys.lists() }),
  })
}
