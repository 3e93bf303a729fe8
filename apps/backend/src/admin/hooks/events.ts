import type { FetchError } from "@medusajs/js-sdk"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { queryKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import type { AdminEventBody, AdminEventListResponse, AdminEventResponse } from "../types"

export const eventQueryKeys = queryKeys("bazaar_events")

/** Every bazaar event, the latest first, with its stands. */
export function useEvents() {
  return useQuery<AdminEventListResponse, FetchError>({
    queryKey: eventQueryKeys.list({ limit: 100 }),
    queryFn: () => sdk.client.fetch("/admin/events", { query: { limit: 100 } }),
  })
}

/** Create an event (no id) or edit one, stands included; the list refreshes. */
export function useSaveEvent() {
  const queryClient = useQueryClient()
  return useMutation<AdminEventResponse, FetchError, { id?: string; body: AdminEventBody }>({
    mutationFn: ({ id, body }) =>
      sdk.client.fetch(id ? `/admin/events/${id}` : "/admin/events", { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: eventQueryKeys.all }),
  })
}

/** Remove an event and its stands. */
export function useDeleteEvent() {
  const queryClient = useQueryClient()
  return useMutation<unknown, FetchError, string>({
    mutationFn: (id) => sdk.client.fetch(`/admin/events/${id}`, { method: "DELETE" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: eventQueryKeys.all }),
  })
}
