import type { FetchError } from "@medusajs/js-sdk"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { queryKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import type { AdminFlaggedShoppersResponse, AdminRequireCardBody, AdminRequireCardResponse } from "../types"

export const flaggedShopperQueryKeys = queryKeys("bazaar_flagged_shoppers")

/** Shoppers with several refused parcels, most refusals first. */
export function useFlaggedShoppers() {
  return useQuery<AdminFlaggedShoppersResponse, FetchError>({
    queryKey: flaggedShopperQueryKeys.list(),
    queryFn: () => sdk.client.fetch("/admin/shoppers/flagged"),
  })
}

/** Require (or stop requiring) a card from a shopper: her next checkouts refuse cash on delivery. */
export function useRequireCard() {
  const queryClient = useQueryClient()
  return useMutation<AdminRequireCardResponse, FetchError, AdminRequireCardBody & { customer_id: string }>({
    mutationFn: ({ customer_id, required }) =>
      sdk.client.fetch(`/admin/customers/${customer_id}/require-card`, {
        method: "POST",
        body: { required },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: flaggedShopperQueryKeys.all }),
  })
}
