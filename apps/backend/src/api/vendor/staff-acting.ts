import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { mayActForCooperatives } from "../../lib/staff/staff-permissions"
import type { VendorContext } from "./vendor-request"

/** The header in which staff name the cooperative they act for on /vendor/* routes. */
export const ACT_FOR_HEADER = "x-bazaar-cooperative"

// a member's own account and inbox are hers: staff acting for her cooperative never change them
const MEMBER_OWN = [/^POST \/vendor\/me\/?$/, /^[A-Z]+ \/vendor\/notifications(\/|$)/]

/**
 * Staff acting for one cooperative on the portal's routes: allowed to staff with the permission to
 * act for cooperatives, for the cooperative named in ACT_FOR_HEADER only. Every route then scopes to
 * that cooperative exactly as it does for its members; `member` stands for the staff user (its id
 * theirs, so each change records them), and `actor` says it is staff.
 */
export async function loadStaffContext(req: AuthenticatedMedusaRequest): Promise<VendorContext> {
  const route = `${req.method} ${req.originalUrl.split("?")[0]}`
  if (MEMBER_OWN.some((pattern) => pattern.test(route))) {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      "A member's own account and messages are hers: staff cannot change them for her"
    )
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [user],
  } = await query.graph({
    entity: "user",
    fields: ["id", "email", "first_name", "last_name", "metadata"],
    filters: { id: req.auth_context.actor_id },
  })
  if (!user || !(await mayActForCooperatives(req.scope, user))) {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      "Your staff account may not act for cooperatives: ask an administrator for the cooperative support role"
    )
  }
  const vendorId = req.headers[ACT_FOR_HEADER]
  if (typeof vendorId !== "string" || !vendorId.trim()) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Name the cooperative you act for in the ${ACT_FOR_HEADER} header`
    )
  }
  const {
    data: [vendor],
  } = await query.graph({ entity: "vendor", fields: ["id", "status"], filters: { id: vendorId.trim() } })
  if (!vendor) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cooperative ${vendorId} was not found`)
  }
  const name = [user.first_name, user.last_name].filter(Boolean).join(" ") || user.email
  return {
    member: {
      id: user.id,
      email: user.email,
      first_name: user.first_name ?? null,
      last_name: user.last_name ?? null,
      phone: null,
      sms_opt_in: false,
      locale: "fr",
      // staff do what the cooperative's owner may do
      role: "owner",
    },
    vendor,
    actor: { type: "staff", id: user.id, name },
  }
}
