import type { FetchError } from "@medusajs/js-sdk"
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { queryKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import type {
  AdminCashMismatches,
  AdminCashRemittanceListParams,
  AdminCashRemittanceListResponse,
  AdminCashRemittanceResponse,
  AdminImportCashStatementBody,
} from "../types"
import { ledgerBalanceQueryKeys } from "./ledger-balances"

export const cashRemittanceQueryKeys = queryKeys("bazaar_cash_remittances")
export const cashMismatchQueryKeys = queryKeys("bazaar_cash_mismatches")

/** Remittances recorded by staff, newest first, with their lines. */
export function useCashRemittances(query: AdminCashRemittanceListParams) {
  return useQuery<AdminCashRemittanceListResponse, FetchError>({
    queryKey: cashRemittanceQueryKeys.list(query),
    queryFn: () => sdk.client.fetch("/admin/cash-remittances", { query }),
    placeholderData: keepPreviousData,
  })
}

/** Parcels whose cash is missing or short, and statement lines that matched no parcel. */
export function useCashMismatches() {
  return useQuery<AdminCashMismatches, FetchError>({
    queryKey: cashMismatchQueryKeys.list(),
    queryFn: () => sdk.client.fetch("/admin/cash-remittances/mismatches"),
  })
}

/** Import a carrier's COD statement: remittances, mismatches and balances refresh. */
export function useImportCashStatement() {
  const queryClient = useQueryClient()
  return useMutation<AdminCashRemittanceResponse, FetchError, AdminImportCashStatementBody>({
    mutationFn: (body) => sdk.client.fetch("/admin/cash-remittances/import", { method: "POST", body }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: cashRemittanceQueryKeys.all }),
        queryClient.invalidateQueries({ queryKey: cashMismatchQueryKeys.all }),
        queryClient.invalidateQueries({ queryKey: ledgerBalanceQueryKeys.all }),
      ]),
  })
}
