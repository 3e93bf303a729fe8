import type { FetchError } from "@medusajs/js-sdk"
import { useQuery } from "@tanstack/react-query"
import { queryKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import type { AdminLedgerBalancesResponse } from "../types"

export const ledgerBalanceQueryKeys = queryKeys("bazaar_ledger_balances")

/** What the centre owes each cooperative, per currency, with the RIB to pay it to. */
export function useLedgerBalances() {
  return useQuery<AdminLedgerBalancesResponse, FetchError>({
    queryKey: ledgerBalanceQueryKeys.list(),
    queryFn: () => sdk.client.fetch("/admin/ledger/balances"),
  })
}
