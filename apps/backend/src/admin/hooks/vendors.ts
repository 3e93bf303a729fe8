import type { FetchError } from "@medusajs/js-sdk"
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { queryKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import type {
  AdminAccessCodeResponse,
  AdminVendorDecisionBody,
  AdminVendorListParams,
  AdminVendorListResponse,
  AdminVendorResponse,
  VendorDecisionAction,
} from "../types"

export const vendorQueryKeys = queryKeys("bazaar_vendors")

/** Cooperatives for staff, filtered and paged; the previous page stays on screen while the next loads. */
export function useVendors(query: AdminVendorListParams) {
  return useQuery<AdminVendorListResponse, FetchError>({
    queryKey: vendorQueryKeys.list(query),
    queryFn: () => sdk.client.fetch("/admin/vendors", { query }),
    placeholderData: keepPreviousData,
  })
}

/** One cooperative with its whole application, members, certifications and decisions. */
export function useVendor(id: string) {
  return useQuery<AdminVendorResponse, FetchError>({
    queryKey: vendorQueryKeys.detail(id),
    queryFn: () => sdk.client.fetch(`/admin/vendors/${id}`),
  })
}

/** Approve, reject, suspend or reinstate a cooperative; its page shows the answer, every list refreshes. */
export function useVendorDecision(id: string) {
  const queryClient = useQueryClient()
  return useMutation<
    AdminVendorResponse,
    FetchError,
    { action: VendorDecisionAction; body: AdminVendorDecisionBody }
  >({
    mutationFn: ({ action, body }) =>
      sdk.client.fetch(`/admin/vendors/${id}/${action}`, { method: "POST", body }),
    onSuccess: (data) => {
      queryClient.setQueryData(vendorQueryKeys.detail(id), data)
      return queryClient.invalidateQueries({ queryKey: vendorQueryKeys.lists() })
    },
  })
}

/** Sends one member of the cooperative a new sign-in code by SMS (staff reset her access in person). */
export function useSendAccessCode(vendorId: string) {
  return useMutation<AdminAccessCodeResponse, FetchError, { memberId: string }>({
    mutationFn: ({ memberId }) =>
      sdk.client.fetch(`/admin/vendors/${vendorId}/members/${memberId}/access-code`, {
        method: "POST",
      }),
  })
}
