import { MedusaResponse } from "@medusajs/framework/http"
import { removeCertificationWorkflow } from "../../../../workflows/certification/workflows/remove-certification"
import type { VendorRequest } from "../../vendor-request"

/** A member removes one of the cooperative's certificates (another cooperative's is a 404). */
export async function DELETE(req: VendorRequest, res: MedusaResponse) {
  await removeCertificationWorkflow(req.scope).run({
    input: { id: req.params.id, vendor_id: req.vendor_context.vendor.id },
  })
  res.json({ id: req.params.id, object: "vendor_certification", deleted: true })
}
