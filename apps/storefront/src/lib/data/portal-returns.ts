import "server-only"
import { backendFetch } from "@/lib/backend"
import type { PortalSession } from "@/lib/data/portal"
import type { ReturnRequestView } from "@/lib/shop/returns"

/** The return requests on one of the cooperative's parcels, newest first. */
export async function getPartReturnRequests(session: PortalSession, vendorOrderId: string) {
  const { return_requests } = await backendFetch<{ return_requests: ReturnRequestView[] }>(
    "/vendor/return-requests",
    { token: session.token, query: { vendor_order_id: vendorOrderId, limit: 100 } }
  )
  return return_requests
}
