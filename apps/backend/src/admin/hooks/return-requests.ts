import type { FetchError } from "@medusajs/js-sdk"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { queryKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import type { AdminReturnDecisionBody, AdminReturnRequestsResponse } from "../types"

export const returnRequestQueryKeys = queryKeys("bazaar_return_requests")

/** Return requests in one status (disputed ones wait on the centre), newest first. */
export function useReturnRequests(status: string) {
  return useQuery<AdminReturnRequestsResponse, FetchError>({
    queryKey: returnRequestQueryKeys.list({ status }),
    queryFn: () => sdk.client.fetch("/admin/return-requests", { query: { status, limit: 100 } }),
  })
}

/** Staff settle a return: accept it (the shopper sends the items back) or refuse it for good, with a reason. */
export function useDecideReturn() {
  const queryClient = useQueryClient()
  return useMutation<unknown, FetchError, AdminReturnDecisionBody>({
    mutationFn: ({ id, decision, reason }) =>
      sdk.client.fetch(`/admin/return-requests/${id}/${decision}`, {
        method: "POST",
        body: decision === "refuse" ? { reason } : {},
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: returnRequestQueryKeys.all }),
  })
}
