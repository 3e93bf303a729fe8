import type { FetchError } from "@medusajs/js-sdk"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { AdminVendorBankDetailsBody, AdminVendorResponse } from "../types"
import { ledgerBalanceQueryKeys } from "./ledger-balances"
import { vendorQueryKeys } from "./vendors"

/** Where a cooperative's payouts go: its page shows the answer, and the balances their new RIB. */
export function useUpdateVendorBankDetails(vendorId: string) {
  const queryClient = useQueryClient()
  return useMutation<AdminVendorResponse, FetchError, AdminVendorBankDetailsBody>({
    mutationFn: (body) =>
      sdk.client.fetch(`/admin/vendors/${vendorId}/bank-details`, { method: "POST", body }),
    onSuccess: (data) => {
      queryClient.setQueryData(vendorQueryKeys.detail(vendorId), data)
      return queryClient.invalidateQueries({ queryKey: ledgerBalanceQueryKeys.all })
    },
  })
}
