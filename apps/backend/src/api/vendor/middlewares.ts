import type { MiddlewareRoute } from "@medusajs/framework/http"
import { ensureVendorMember } from "./ensure-vendor-member"

/**
 * The only /vendor/* routes a new login without a cooperative yet may call: applying, uploading the
 * application's logo, accepting an invitation. Every other /vendor/* route, present or future, is
 * for members of a cooperative only.
 */
export const NEW_LOGIN_ROUTES = [
  "POST /vendor/applications",
  "POST /vendor/uploads",
  "POST /vendor/invites/accept",
] as const

export const vendorMiddlewares: MiddlewareRoute[] = [
  // No `methods`: Medusa mounts it with app.use ahead of every route's own middlewares and handler
  // (its RoutesSorter puts such global middlewares first). "/vendor", unlike "/vendor/*", covers /vendor too.
  { matcher: "/vendor", middlewares: [ensureVendorMember(NEW_LOGIN_ROUTES)] },
]
