import type { FetchError } from "@medusajs/js-sdk"
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { queryKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import type {
  AdminCreatePayoutBody,
  AdminPayoutListParams,
  AdminPayoutListResponse,
  AdminPayoutResponse,
} from "../types"
import { ledgerBalanceQueryKeys } from "./ledger-balances"

export const payoutQueryKeys = queryKeys("bazaar_payouts")

/** Payouts recorded by staff, newest first; the previous page stays on screen while the next loads. */
export function usePayouts(query: AdminPayoutListParams) {
  return useQuery<AdminPayoutListResponse, FetchError>({
    queryKey: payoutQueryKeys.list(query),
    queryFn: () => sdk.client.fetch("/admin/payouts", { query }),
    placeholderData: keepPreviousData,
  })
}

/** Record money paid to a cooperative: the balances and the payouts list refresh. */
export function useCreatePayout() {
  const queryClient = useQueryClient()
  return useMutation<AdminPayoutResponse, FetchError, AdminCreatePayoutBody>({
    mutationFn: (body) => sdk.client.fetch("/admin/payouts", { method: "POST", body }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ledgerBalanceQueryKeys.all }),
        queryClient.invalidateQueries({ queryKey: payoutQueryKeys.lists() }),
      ]),
  })
}
