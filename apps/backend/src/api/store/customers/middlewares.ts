import { authenticate, MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { validateAndTransformBody } from "../../utils/validate-and-transform-body"
import { z } from "@medusajs/framework/zod"
import { StoreAddFavourites } from "./me/favourites/validators"
import {
  StoreChangeEmail,
  StoreChangePassword,
  StoreConfirmEmailChange,
  StoreDeleteAccount,
  StoreUpdateOwnCustomer,
} from "./validators"
import { StoreCreateReview, StoreEditReview } from "../../utils/reviews"
import { rateLimit } from "../../security/rate-limit"
import { uploadReviewPhotos } from "../review-photos/upload-review-photos"
import { checkSavedAddress } from "../carts/check-cart-addresses"

const customer = authenticate("customer", ["session", "bearer"])

export const storeCustomersMiddlewares: MiddlewareRoute[] = [
  // ahead of Medusa's own route, which would take any metadata (staff's card requirement included)
  {
    methods: ["POST"],
    matcher: "/store/customers/me",
    middlewares: [customer, validateAndTransformBody(StoreUpdateOwnCustomer)],
  },
  {
    methods: ["POST"],
    matcher: "/store/customers/me/addresses",
    middlewares: [checkSavedAddress],
  },
  {
    methods: ["POST"],
    matcher: "/store/customers/me/addresses/:address_id",
    middlewares: [checkSavedAddress],
  },
  {
    methods: ["POST"],
    matcher: "/store/customers/me/password",
    middlewares: [customer, validateAndTransformBody(StoreChangePassword)],
  },
  {
    methods: ["POST"],
    matcher: "/store/customers/me/email",
    middlewares: [
      customer,
      rateLimit("Too many email changes asked.", { account: "EMAIL_CHANGE_ACCOUNT" }),
      validateAndTransformBody(StoreChangeEmail),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/store/email-change",
    middlewares: [validateAndTransformBody(StoreConfirmEmailChange)],
  },
  {
    methods: ["POST"],
    matcher: "/store/customers/me/delete",
    middlewares: [customer, validateAndTransformBody(StoreDeleteAccount)],
  },
  {
    methods: ["POST"],
    matcher: "/store/customers/me/guest-orders",
    middlewares: [customer, validateAndTransformBody(z.object({}).strict())],
  },
  {
    methods: ["GET"],
    matcher: "/store/customers/me/favourites",
    middlewares: [customer, validateAndTransformQuery(z.object({}).strict(), {})],
  },
  {
    methods: ["POST"],
    matcher: "/store/customers/me/favourites",
    middlewares: [customer, validateAndTransformBody(StoreAddFavourites)],
  },
  {
    methods: ["DELETE"],
    matcher: "/store/customers/me/favourites/:product_id",
    middlewares: [customer],
  },
  {
    methods: ["GET"],
    matcher: "/store/customers/me/reviews",
    middlewares: [customer, validateAndTransformQuery(z.object({}).strict(), {})],
  },
  {
    methods: ["POST"],
    matcher: "/store/customers/me/reviews",
    middlewares: [customer, validateAndTransformBody(StoreCreateReview)],
  },
  {
    methods: ["POST"],
    matcher: "/store/customers/me/reviews/:id",
    middlewares: [customer, validateAndTransformBody(StoreEditReview)],
  },
  // multer reads the multipart body itself; the budget per account needs the shopper known
  {
    methods: ["POST"],
    matcher: "/store/review-photos",
    bodyParser: false,
    middlewares: [
      customer,
      rateLimit("Too many photos.", { ip: "REVIEW_PHOTOS_IP", account: "REVIEW_PHOTOS_ACCOUNT" }),
      uploadReviewPhotos,
    ],
  },
]
