import {
  authenticate,
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { uploadPhotos } from "./uploads/upload-photos"
import {
  VendorAcceptInvite,
  VendorCreateApplication,
  VendorCreateInvite,
  VendorCreateProduct,
  VendorEmptyParams,
  VendorGetProductsParams,
  VendorUpdateProduct,
  VendorUpdateProfile,
} from "./validators"

// members only: the token's actor is a VendorMember
const member = authenticate("vendor", ["session", "bearer"])
// also a fresh login's registration token (no member yet): applying, accepting an invitation, uploading a logo
const newLogin = authenticate("vendor", ["session", "bearer"], { allowUnregistered: true })

// big enough that an oversized text reaches the validator and gets a field-level 400 rather than a bare 413
const textBodies = { sizeLimit: "12mb" }

const noQuery = validateAndTransformQuery(VendorEmptyParams, {})

export const vendorMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/vendor/applications",
    bodyParser: textBodies,
    middlewares: [newLogin, validateAndTransformBody(VendorCreateApplication)],
  },
  { methods: ["POST"], matcher: "/vendor/uploads", bodyParser: false, middlewares: [newLogin, uploadPhotos] },
  {
    methods: ["POST"],
    matcher: "/vendor/invites/accept",
    middlewares: [newLogin, validateAndTransformBody(VendorAcceptInvite)],
  },
  { methods: ["GET"], matcher: "/vendor/me", middlewares: [member] },
  {
    methods: ["POST"],
    matcher: "/vendor/me/vendor",
    bodyParser: textBodies,
    middlewares: [member, validateAndTransformBody(VendorUpdateProfile)],
  },
  { methods: ["GET"], matcher: "/vendor/members", middlewares: [member] },
  { methods: ["DELETE"], matcher: "/vendor/members/:id", middlewares: [member] },
  {
    methods: ["POST"],
    matcher: "/vendor/invites",
    middlewares: [member, validateAndTransformBody(VendorCreateInvite)],
  },
  {
    methods: ["GET"],
    matcher: "/vendor/products",
    middlewares: [member, validateAndTransformQuery(VendorGetProductsParams, {})],
  },
  {
    methods: ["POST"],
    matcher: "/vendor/products",
    bodyParser: textBodies,
    middlewares: [member, validateAndTransformBody(VendorCreateProduct)],
  },
  { methods: ["GET", "DELETE"], matcher: "/vendor/products/:id", middlewares: [member, noQuery] },
  {
    methods: ["POST"],
    matcher: "/vendor/products/:id",
    bodyParser: textBodies,
    middlewares: [member, validateAndTransformBody(VendorUpdateProduct)],
  },
  { methods: ["POST"], matcher: "/vendor/products/:id/submit", middlewares: [member] },
]
