import type { FetchError } from "@medusajs/js-sdk"
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { queryKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import type {
  AdminNotificationListParams,
  AdminNotificationListResponse,
  AdminNotificationResponse,
} from "../types"

export const notificationQueryKeys = queryKeys("bazaar_notifications")

/** Every message sent or tried, newest first; the previous page stays on screen while the next loads. */
export function useNotifications(query: AdminNotificationListParams) {
  return useQuery<AdminNotificationListResponse, FetchError>({
    queryKey: notificationQueryKeys.list(query),
    queryFn: () => sdk.client.fetch("/admin/notification-deliveries", { query }),
    placeholderData: keepPreviousData,
  })
}

/** Send one failed message again now; the list refreshes with its new status. */
export function useResendNotification() {
  const queryClient = useQueryClient()
  return useMutation<AdminNotificationResponse, FetchError, string>({
    mutationFn: (id) => sdk.client.fetch(`/admin/notifications/${id}/resend`, { method: "POST", body: {} }),
    // a 409 (sent meanwhile) also changes what the list should show
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationQueryKeys.lists() }),
  })
}
