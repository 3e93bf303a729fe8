import {
  authenticate,
  type AuthenticatedMedusaRequest,
  type MedusaNextFunction,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { VENDOR_MODULE } from "../../modules/vendor"
import type VendorModuleService from "../../modules/vendor/service"
import { recordActivityBeforeAnswer } from "./activity/record-activity"
import { portalMemberFields } from "./me/member"
import { ACT_FOR_HEADER, loadStaffContext } from "./staff-acting"
import type { VendorContext } from "./vendor-request"

const PORTAL_LOCALES = ["fr", "ar", "en"] as const

// a member, or staff acting for a cooperative (staff-acting.ts)
const authenticateMember = authenticate(["vendor", "user"], ["session", "bearer"])
// also a fresh login's registration token, whose auth identity has no member yet
const authenticateNewLogin = authenticate("vendor", ["session", "bearer"], { allowUnregistered: true })

/**
 * The /vendor/* guard: a member's token, its member row and its cooperative (one query), put on the
 * request as `vendor_context`; 401 otherwise. Staff with the permission may act for one cooperative
 * (staff-acting.ts). Every change that succeeds is written to the cooperative's history with who made
 * it. Only the routes in `newLoginRoutes` ("POST /vendor/…", exact paths) also take a new login
 * without a cooperative, and get no `vendor_context`.
 */
export function ensureVendorMember(newLoginRoutes: readonly string[]) {
  const acceptsNewLogin = new Set(newLoginRoutes)
  return async function vendorGuard(
    req: AuthenticatedMedusaRequest & { vendor_context?: VendorContext },
    res: MedusaResponse,
    next: MedusaNextFunction
  ) {
    // the full path, whatever the mount point: anything spelled differently is members-only
    const route = `${req.method} ${req.originalUrl.split("?")[0]}`
    // staff acting for a cooperative name it, on these routes too (uploading its product photos)
    if (acceptsNewLogin.has(route) && !req.headers[ACT_FOR_HEADER]) {
      return authenticateNewLogin(req, res, next)
    }
    let authenticated = false
    // answers 401 itself when the token is missing or not a member's
    await authenticateMember(req, res, () => {
      authenticated = true
    })
    if (!authenticated) {
      return
    }
    req.vendor_context =
      req.auth_context.actor_type === "user" ? await loadStaffContext(req) : await loadVendorContext(req)
    recordActivityBeforeAnswer(req.scope, req.method, req.originalUrl, req.vendor_context, res)
    next()
  }
}

async function loadVendorContext(req: AuthenticatedMedusaRequest): Promise<VendorContext> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "vendor_member",
    fields: [...portalMemberFields, "vendor.id", "vendor.status"],
    filters: { id: req.auth_context.actor_id },
  })
  const row = data[0]
  if (!row?.vendor) {
    throw new MedusaError(
      MedusaError.Types.UNAUTHORIZED,
      "This account is no longer a member of a cooperative"
    )
  }
  const { vendor, ...member } = row
  const name = [member.first_name, member.last_name].filter(Boolean).join(" ") || member.email
  return {
    member: await rememberPortalLocale(req, member),
    vendor,
    actor: { type: "member", id: member.id, name },
  }
}

/**
 * The portal names its page language in `x-medusa-locale`; the member's messages are then written in
 * the language she last used. Stored only when it changed, so a visit costs no write.
 */
async function rememberPortalLocale(
  req: AuthenticatedMedusaRequest,
  member: VendorContext["member"]
): Promise<VendorContext["member"]> {
  const locale = req.headers["x-medusa-locale"]
  if (typeof locale !== "string" || !PORTAL_LOCALES.includes(locale as never) || locale === member.locale) {
    return member
  }
  await req.scope
    .resolve<VendorModuleService>(VENDOR_MODULE)
    .updateVendorMembers({ id: member.id, locale: locale as (typeof PORTAL_LOCALES)[number] })
  return { ...member, locale: locale as (typeof PORTAL_LOCALES)[number] }
}
