import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removeCertificationWorkflow } from "../../../../../../workflows/certification/workflows/remove-certification"

/** Staff remove a certificate of this cooperative (one of another cooperative is a 404). */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await removeCertificationWorkflow(req.scope).run({
    input: { id: req.params.certification_id, vendor_id: req.params.id },
  })
  res.json({ id: req.params.certification_id, object: "vendor_certification", deleted: true })
}
