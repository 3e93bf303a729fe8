import type { FetchError } from "@medusajs/js-sdk"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { queryKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import type { AdminCommissionRateBody, AdminCommissionRatesResponse } from "../types"

export const commissionRateQueryKeys = queryKeys("bazaar_commission_rates")

/** A cooperative's commission history, newest first, with the rate for all its products today. */
export function useCommissionRates(vendorId: string) {
  return useQuery<AdminCommissionRatesResponse, FetchError>({
    queryKey: commissionRateQueryKeys.detail(vendorId),
    queryFn: () => sdk.client.fetch(`/admin/vendors/${vendorId}/commission-rates`),
  })
}

/** Sets a rate from a date; the history reloads with it. */
export function useSetCommissionRate(vendorId: string) {
  const queryClient = useQueryClient()
  return useMutation<unknown, FetchError, AdminCommissionRateBody>({
    mutationFn: (body) =>
      sdk.client.fetch(`/admin/vendors/${vendorId}/commission-rates`, { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: commissionRateQueryKeys.detail(vendorId) }),
  })
}

/** The shop's categories, to set a rate for one of them. */
export function useCategoryNames() {
  return useQuery({
    queryKey: ["bazaar_category_names"],
    queryFn: () => sdk.admin.productCategory.list({ limit: 200, fields: "id,name" }),
    staleTime: 5 * 60_000,
  })
}
