import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { mayGrantStaffRoles, STAFF_ROLES } from "../../../lib/staff/staff-permissions"

/**
 * Staff roles live in a user's metadata, which Medusa lets any staff member update
 * (`POST /admin/users/:id`). Changing `bazaar_roles`, or wiping the metadata that holds it, is kept
 * to staff administrators; anything else in the body goes on to Medusa's own route.
 */
export async function guardStaffRoles(
  req: AuthenticatedMedusaRequest<{ metadata?: Record<string, unknown> | null }>,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const metadata = (req.body as { metadata?: Record<string, unknown> | null } | undefined)?.metadata
  const touchesRoles = metadata === null || (!!metadata && "bazaar_roles" in metadata)
  if (!touchesRoles) {
    return next()
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [caller],
  } = await query.graph({
    entity: "user",
    fields: ["id", "metadata"],
    filters: { id: req.auth_context.actor_id },
  })
  if (!caller || !mayGrantStaffRoles(caller)) {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      "Only a staff administrator can give or take staff roles"
    )
  }
  const roles = metadata?.bazaar_roles
  if (
    roles !== undefined &&
    roles !== null &&
    (!Array.isArray(roles) || roles.some((role) => !STAFF_ROLES.includes(role as never)))
  ) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `bazaar_roles is a list of roles among: ${STAFF_ROLES.join(", ")}`
    )
  }
  next()
}
