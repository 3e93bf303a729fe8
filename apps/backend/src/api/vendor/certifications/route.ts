import { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { withCertificationStatus } from "../../../workflows/certification/certification-rules"
import { addCertificationWorkflow } from "../../../workflows/certification/workflows/add-certification"
import type { CertificationBodyType } from "../../utils/certifications"
import type { VendorRequest } from "../vendor-request"
import { certificationFields } from "./certification-fields"

/** The cooperative's certificates, each waiting for staff, verified, or expired. */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "vendor_certification",
    fields: certificationFields,
    filters: { vendor_id: req.vendor_context.vendor.id },
    pagination: { order: { expires_at: "ASC" } },
  })
  const now = new Date()
  res.json({ certifications: data.map((certification) => withCertificationStatus(certification, now)) })
}

/** A member declares a certificate with a photo of it; it shows in the shop once staff check it. */
export async function POST(req: VendorRequest<CertificationBodyType>, res: MedusaResponse) {
  const { result } = await addCertificationWorkflow(req.scope).run({
    input: {
      ...req.validatedBody,
      vendor_id: req.vendor_context.vendor.id,
      actor_id: req.vendor_context.actor.id,
      actor_type: req.vendor_context.actor.type,
    },
  })
  res.status(201).json({ certification: withCertificationStatus(result, new Date()) })
}
