import { authenticate, type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { validateAndTransformBody } from "../../utils/validate-and-transform-body"
import { rateLimit } from "../../security/rate-limit"
import { uploadReturnPhotos } from "./upload-return-photos"
import {
  CreateReturnRequest,
  DisputeReturnRequest,
  ListReturnRequestsParams,
} from "../../utils/return-requests"

const customer = authenticate("customer", ["session", "bearer"])

export const storeReturnRequestsMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/store/return-requests",
    middlewares: [customer, validateAndTransformQuery(ListReturnRequestsParams, {})],
  },
  {
    methods: ["POST"],
    matcher: "/store/return-requests",
    middlewares: [customer, validateAndTransformBody(CreateReturnRequest)],
  },
  // multer reads the multipart body itself
  {
    methods: ["POST"],
    matcher: "/store/return-requests/photos",
    bodyParser: false,
    // the budget per account needs the shopper known: after `customer`, not with the global limits
    middlewares: [
      customer,
      rateLimit("Too many photos.", { ip: "RETURN_PHOTOS_IP", account: "RETURN_PHOTOS_ACCOUNT" }),
      uploadReturnPhotos,
    ],
  },
  {
    methods: ["POST"],
    matcher: "/store/return-requests/:id/dispute",
    middlewares: [customer, validateAndTransformBody(DisputeReturnRequest)],
  },
]
