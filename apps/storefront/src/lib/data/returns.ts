import "server-only"
import { backendFetch } from "@/lib/backend"
import { getCustomerToken } from "@/lib/data/cookies"
import type { ReturnRequestView } from "@/lib/shop/returns"

/** The signed-in shopper's return requests on one order (never cached: they change as she acts). */
export async function getReturnRequests(orderId: string): Promise<ReturnRequestView[]> {
  const token = await getCustomerToken()
  if (!token) {
    return []
  }
  const { return_requests } = await backendFetch<{ return_requests: ReturnRequestView[] }>(
    "/store/return-requests",
    { token, query: { order_id: orderId, limit: 100 } }
  )
  return return_requests
}
