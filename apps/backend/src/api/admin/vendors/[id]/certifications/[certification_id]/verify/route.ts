import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withCertificationStatus } from "../../../../../../../workflows/certification/certification-rules"
import { verifyCertificationWorkflow } from "../../../../../../../workflows/certification/workflows/verify-certification"

/** Staff checked the certificate (document, number with the issuing body): its badge shows in the shop. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await verifyCertificationWorkflow(req.scope).run({
    input: {
      id: req.params.certification_id,
      vendor_id: req.params.id,
      verified_by: req.auth_context.actor_id,
    },
  })
  res.json({ certification: withCertificationStatus(result, new Date()) })
}
