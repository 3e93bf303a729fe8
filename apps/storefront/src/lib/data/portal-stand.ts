import "server-only"
import { backendFetch } from "@/lib/backend"
import type { StandSaleList } from "@/lib/types/custom-routes"
import type { PortalSession } from "./portal"

/** The cooperative's latest stand sales and the stands it holds at events running now. */
export async function getStandSales(session: PortalSession, limit = 20): Promise<StandSaleList> {
  return await backendFetch<StandSaleList>("/vendor/stand-sales", {
    token: session.token,
    query: { limit },
  })
}
