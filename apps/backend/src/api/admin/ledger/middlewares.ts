import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"

export const AdminGetLedgerBalancesParams = z.object({ vendor_id: z.string().min(1).optional() }).strict()
export type AdminGetLedgerBalancesParamsType = z.infer<typeof AdminGetLedgerBalancesParams>

// /admin/* is authenticated as a staff `user` by Medusa itself
export const adminLedgerMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/ledger/balances",
    middlewares: [validateAndTransformQuery(AdminGetLedgerBalancesParams, {})],
  },
]
