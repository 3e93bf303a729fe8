import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { EmptyParams } from "../../utils/common-validators"
import { validateAndTransformBody } from "../../utils/validate-and-transform-body"
import {
  AdminCreateCashRemittance,
  AdminGetCashRemittancesParams,
  AdminImportCashStatement,
} from "./validators"

// /admin/* is authenticated as a staff `user` by Medusa itself
export const adminCashRemittancesMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/cash-remittances",
    middlewares: [validateAndTransformQuery(AdminGetCashRemittancesParams, {})],
  },
  {
    methods: ["POST"],
    matcher: "/admin/cash-remittances",
    middlewares: [validateAndTransformBody(AdminCreateCashRemittance)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/cash-remittances/import",
    // a statement of a few thousand parcels is larger than Medusa's default JSON limit (100 kB)
    bodyParser: { sizeLimit: "2mb" },
    middlewares: [validateAndTransformBody(AdminImportCashStatement)],
  },
  {
    methods: ["GET"],
    matcher: "/admin/cash-remittances/mismatches",
    middlewares: [validateAndTransformQuery(EmptyParams, {})],
  },
]
