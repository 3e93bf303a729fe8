import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { VENDOR_MODULE } from "../../../../../modules/vendor"
import type VendorModuleService from "../../../../../modules/vendor/service"
import { listVendorActivity } from "../../../../vendor/activity/list-activity"

/** The cooperative's history for staff: each change and who made it, a member or staff acting for it. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const vendors: VendorModuleService = req.scope.resolve(VENDOR_MODULE)
  const [vendor] = await vendors.listVendors({ id: req.params.id }, { select: ["id"] })
  if (!vendor) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cooperative ${req.params.id} was not found`)
  }
  res.json(await listVendorActivity(req.scope, vendor.id, req.validatedQuery as never))
}
