import "server-only"
import { backendFetch } from "@/lib/backend"
import type {
  VendorLedger,
  VendorOrder,
  VendorOrderStatus,
  VendorSalesReport,
} from "@/lib/types/custom-routes"
import { httpStatus } from "@/lib/util/http-error"
import type { PortalSession } from "./portal"

export type VendorOrderList = { orders: VendorOrder[]; count: number }

/** The cooperative's parts of orders, newest first (the API scopes them to the member's cooperative). */
export async function listVendorOrders(
  session: PortalSession,
  { status, limit = 20, offset = 0 }: { status?: VendorOrderStatus; limit?: number; offset?: number }
): Promise<VendorOrderList> {
  const { orders, count } = await backendFetch<VendorOrderList>("/vendor/orders", {
    token: session.token,
    query: { status, limit, offset },
  })
  return { orders, count }
}

/** How many parcels wait to be sent. */
export async function countOrdersToShip(session: PortalSession): Promise<number> {
  return (await listVendorOrders(session, { status: "pending", limit: 1 })).count
}

/** One of the cooperative's orders, or null when it is not theirs (the API answers 404). */
export async function getVendorOrder(session: PortalSession, id: string): Promise<VendorOrder | null> {
  try {
    const { order } = await backendFetch<{ order: VendorOrder }>(`/vendor/orders/${encodeURIComponent(id)}`, {
      token: session.token,
    })
    return order
  } catch (error) {
    if (httpStatus(error) === 404) {
      return null
    }
    throw error
  }
}

export async function getVendorLedger(session: PortalSession): Promise<VendorLedger> {
  return backendFetch<VendorLedger>("/vendor/ledger", { token: session.token })
}

/** The cooperative's sales over the last twelve months, in dirhams (its stands' and its shoppers' currency). */
export async function getVendorSalesReport(session: PortalSession): Promise<VendorSalesReport> {
  const { report } = await backendFetch<{ report: VendorSalesReport }>("/vendor/sales-report", {
    token: session.token,
  })
  return report
}
