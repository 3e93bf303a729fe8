import type { ImpactFigures } from "@bazaar/contracts"
import type { FetchError } from "@medusajs/js-sdk"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { queryKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"

type ImpactResponse = { impact: ImpactFigures }

export const impactQueryKeys = queryKeys("bazaar_impact")

/** The impact figures the shop shows now. */
export function useImpact() {
  return useQuery<ImpactResponse, FetchError>({
    queryKey: impactQueryKeys.detail("latest"),
    queryFn: () => sdk.client.fetch("/admin/impact"),
  })
}

/** Sum the figures again now; the shop shows them at once. */
export function useRecomputeImpact() {
  const queryClient = useQueryClient()
  return useMutation<ImpactResponse, FetchError, void>({
    mutationFn: () => sdk.client.fetch("/admin/impact", { method: "POST" }),
    onSuccess: (data) => queryClient.setQueryData(impactQueryKeys.detail("latest"), data),
  })
}
