import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminCertificationBody } from "../../utils/certifications"
import { EmptyParams } from "../../utils/common-validators"
import { textBodies } from "../../utils/text-bodies"
import { validateAndTransformBody } from "../../utils/validate-and-transform-body"
import {
  AdminGetModerationProductsParams,
  AdminGetVendorsParams,
  AdminRejectProduct,
  AdminSetCommissionRate,
  AdminUpdateVendor,
  AdminVendorBankDetails,
  AdminVendorDecision,
  AdminVendorDecisionWithReason,
} from "./validators"

// /admin/* is authenticated as a staff `user` by Medusa itself
export const adminVendorsMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/vendors",
    middlewares: [validateAndTransformQuery(AdminGetVendorsParams, {})],
  },
  {
    methods: ["POST"],
    matcher: "/admin/vendors/:id",
    bodyParser: textBodies,
    middlewares: [validateAndTransformBody(AdminUpdateVendor)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/vendors/:id/approve",
    middlewares: [validateAndTransformBody(AdminVendorDecision)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/vendors/:id/reinstate",
    middlewares: [validateAndTransformBody(AdminVendorDecision)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/vendors/:id/reject",
    middlewares: [validateAndTransformBody(AdminVendorDecisionWithReason)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/vendors/:id/suspend",
    middlewares: [validateAndTransformBody(AdminVendorDecisionWithReason)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/vendors/:id/bank-details",
    middlewares: [validateAndTransformBody(AdminVendorBankDetails)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/vendors/:id/commission-rates",
    middlewares: [validateAndTransformBody(AdminSetCommissionRate)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/vendors/:id/certifications",
    middlewares: [validateAndTransformBody(AdminCertificationBody)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/vendors/:id/certifications/:certification_id/verify",
    middlewares: [validateAndTransformBody(EmptyParams)],
  },
  {
    methods: ["GET"],
    matcher: "/admin/moderation/products",
    middlewares: [validateAndTransformQuery(AdminGetModerationProductsParams, {})],
  },
  {
    methods: ["POST"],
    matcher: "/admin/moderation/products/:id/reject",
    middlewares: [validateAndTransformBody(AdminRejectProduct)],
  },
  {
    methods: ["GET"],
    matcher: "/admin/moderation/edits",
    middlewares: [validateAndTransformQuery(AdminGetModerationProductsParams, {})],
  },
  {
    methods: ["POST"],
    matcher: "/admin/moderation/edits/:id/approve",
    // nothing to say when approving: an unknown field is a 400
    middlewares: [validateAndTransformBody(EmptyParams)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/moderation/edits/:id/reject",
    middlewares: [validateAndTransformBody(AdminRejectProduct)],
  },
]
