import type { MiddlewareRoute } from "@medusajs/framework/http"
import { authRateLimit, phoneCodeRateLimit } from "./auth-limits"
import { PAGE_SIZE_LIMITS } from "./limits"
import { checkOrigin } from "./origin-check"
import { capPageSize } from "./page-size"
import { rateLimit } from "./rate-limit"

// Entries without `methods` are mounted with app.use ahead of every route, Medusa's own included, and
// cover everything under their path; entries with `methods` run after the /vendor member guard, once
// the login is known (per-account budgets need it).
export const securityMiddlewares: MiddlewareRoute[] = [
  // password guessing: every /auth/* route, Medusa's sign-in, registration and reset included
  { matcher: "/auth", middlewares: [authRateLimit] },
  // cross-site forms riding a session cookie
  { matcher: "/admin", middlewares: [checkOrigin(["adminCors"])] },
  { matcher: "/vendor", middlewares: [checkOrigin(["storeCors", "authCors"])] },
  // page sizes: the store routes (ours and Medusa's we extend), the portal, our Admin routes
  { matcher: "/store", middlewares: [capPageSize(PAGE_SIZE_LIMITS.store)] },
  { matcher: "/vendor", middlewares: [capPageSize(PAGE_SIZE_LIMITS.vendor)] },
  ...[
    "/admin/vendors",
    "/admin/payouts",
    "/admin/ledger",
    "/admin/moderation",
    "/admin/notification-deliveries",
  ].map((matcher) => ({
    matcher,
    middlewares: [capPageSize(PAGE_SIZE_LIMITS.admin)],
  })),
  // budgets of the routes that cost the most or reach a mailbox or a phone
  { methods: ["POST"], matcher: "/auth/vendor/phone-otp/code", middlewares: [phoneCodeRateLimit] },
  {
    methods: ["POST"],
    matcher: "/admin/vendors/:id/members/:member_id/access-code",
    middlewares: [rateLimit("Too many access codes sent.", { account: "ACCESS_CODES_ACCOUNT" })],
  },
  {
    methods: ["POST"],
    matcher: "/store/search",
    middlewares: [rateLimit("Too many searches from your network.", { ip: "SEARCH_IP" })],
  },
  {
    methods: ["POST"],
    matcher: "/vendor/applications",
    middlewares: [
      rateLimit("Too many applications.", { ip: "APPLICATIONS_IP", account: "APPLICATIONS_ACCOUNT" }),
    ],
  },
  // photo uploads decode and re-encode every picture: the portal's and staff's in the Admin alike
  ...["/vendor/uploads", "/admin/uploads"].map((matcher) => ({
    methods: ["POST" as const],
    matcher,
    middlewares: [rateLimit("Too many uploads.", { ip: "UPLOADS_IP", account: "UPLOADS_ACCOUNT" })],
  })),
  ...["/vendor/invites", "/admin/invites", "/admin/invites/:id/resend"].map((matcher) => ({
    methods: ["POST" as const],
    matcher,
    middlewares: [rateLimit("Too many invitations.", { ip: "INVITES_IP", account: "INVITES_ACCOUNT" })],
  })),
]
