import type { FetchError } from "@medusajs/js-sdk"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { AdminCertificationBody } from "../types"
import { vendorQueryKeys } from "./vendors"

/**
 * Add, verify or remove one of the cooperative's certificates; its page reloads with the answer.
 * Every answer also expires the shop's cooperative pages, so a badge appears or leaves at once.
 */
export function useCertificationActions(vendorId: string) {
  const queryClient = useQueryClient()
  const refresh = () => queryClient.invalidateQueries({ queryKey: vendorQueryKeys.detail(vendorId) })
  const base = `/admin/vendors/${vendorId}/certifications`
  return {
    add: useMutation<unknown, FetchError, AdminCertificationBody>({
      mutationFn: (body) => sdk.client.fetch(base, { method: "POST", body }),
      onSuccess: refresh,
    }),
    verify: useMutation<unknown, FetchError, string>({
      mutationFn: (id) => sdk.client.fetch(`${base}/${id}/verify`, { method: "POST" }),
      onSuccess: refresh,
    }),
    remove: useMutation<unknown, FetchError, string>({
      mutationFn: (id) => sdk.client.fetch(`${base}/${id}`, { method: "DELETE" }),
      onSuccess: refresh,
    }),
  }
}
