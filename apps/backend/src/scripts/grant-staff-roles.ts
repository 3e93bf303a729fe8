import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { STAFF_ROLES, staffRoles } from "../lib/staff/staff-permissions"

/**
 * `npm run create-staff -- <email> --role <role>`: gives the staff user STAFF_EMAIL the roles in
 * STAFF_ROLES (comma-separated), keeping those it had. The way to name the first staff administrator,
 * who then gives roles to others in Admin.
 */
export default async function grantStaffRoles({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const email = process.env.STAFF_EMAIL ?? ""
  const wanted = (process.env.STAFF_ROLES ?? "").split(",").filter(Boolean)
  const unknown = wanted.filter((role) => !STAFF_ROLES.includes(role as never))
  if (unknown.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Unknown staff role ${unknown.join(", ")}: roles are ${STAFF_ROLES.join(", ")}`
    )
  }
  const users = container.resolve(Modules.USER)
  const [user] = await users.listUsers({ email })
  if (!user) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No staff user has the email ${email}`)
  }
  const roles = [...new Set([...staffRoles(user), ...wanted])]
  await users.updateUsers({ id: user.id, metadata: { ...(user.metadata ?? {}), bazaar_roles: roles } })
  logger.info(`Staff roles of ${email}: ${roles.join(", ")}`)
}
