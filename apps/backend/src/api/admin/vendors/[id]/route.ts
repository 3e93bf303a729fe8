import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { updateVendorProfileWorkflow } from "../../../../workflows/vendor/workflows/update-vendor-profile"
import { retrieveAdminVendor } from "../retrieve-admin-vendor"
import type { AdminUpdateVendorType } from "../validators"

/** One vendor with its whole application, certifications, members and the audit trail of decisions. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ vendor: await retrieveAdminVendor(req, req.params.id) })
}

/** Staff edit the cooperative's record (legal form, ODCO/ICE, place, members…), recorded in its history. */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateVendorType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: vendors }, { data: users }] = await Promise.all([
    query.graph({ entity: "vendor", fields: ["id"], filters: { id: req.params.id } }),
    query.graph({
      entity: "user",
      fields: ["id", "email", "first_name", "last_name"],
      filters: { id: req.auth_context.actor_id },
    }),
  ])
  if (!vendors.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cooperative ${req.params.id} was not found`)
  }
  const user = users[0]
  const name = user ? [user.first_name, user.last_name].filter(Boolean).join(" ") || user.email : null
  await updateVendorProfileWorkflow(req.scope).run({
    input: {
      vendor_id: req.params.id,
      profile: req.validatedBody,
      staff: { id: req.auth_context.actor_id, name },
    },
  })
  res.json({ vendor: await retrieveAdminVendor(req, req.params.id) })
}
