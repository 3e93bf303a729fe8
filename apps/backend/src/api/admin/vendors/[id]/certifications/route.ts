import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { VENDOR_MODULE } from "../../../../../modules/vendor"
import type VendorModuleService from "../../../../../modules/vendor/service"
import { withCertificationStatus } from "../../../../../workflows/certification/certification-rules"
import { addCertificationWorkflow } from "../../../../../workflows/certification/workflows/add-certification"
import type { AdminCertificationBodyType } from "../../../../utils/certifications"

/** Staff add a cooperative's certificate, e.g. from the paper a member brought to the centre. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCertificationBodyType>, res: MedusaResponse) {
  const vendors: VendorModuleService = req.scope.resolve(VENDOR_MODULE)
  const [vendor] = await vendors.listVendors({ id: req.params.id }, { select: ["id"] })
  if (!vendor) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cooperative ${req.params.id} was not found`)
  }
  const { result } = await addCertificationWorkflow(req.scope).run({
    input: {
      ...req.validatedBody,
      vendor_id: vendor.id,
      actor_id: req.auth_context.actor_id,
      actor_type: "staff",
    },
  })
  res.status(201).json({ certification: withCertificationStatus(result, new Date()) })
}
