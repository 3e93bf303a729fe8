import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveAdminVendor } from "../retrieve-admin-vendor"

/** One vendor with its whole application, certifications, members and the audit trail of decisions. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ vendor: await retrieveAdminVendor(req, req.params.id) })
}
