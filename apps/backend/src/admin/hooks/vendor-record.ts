import type { FetchError } from "@medusajs/js-sdk"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { AdminVendorRecordBody, AdminVendorResponse } from "../types"
import { activityQueryKeys } from "./act-for-cooperative"
import { vendorQueryKeys } from "./vendors"

/** Staff save the cooperative's record; its page shows the answer and its history the change. */
export function useUpdateVendorRecord(vendorId: string) {
  const queryClient = useQueryClient()
  return useMutation<AdminVendorResponse, FetchError, AdminVendorRecordBody>({
    mutationFn: (body) => sdk.client.fetch(`/admin/vendors/${vendorId}`, { method: "POST", body }),
    onSuccess: (data) => {
      queryClient.setQueryData(vendorQueryKeys.detail(vendorId), data)
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: vendorQueryKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: activityQueryKeys.detail(vendorId) }),
      ])
    },
  })
}
