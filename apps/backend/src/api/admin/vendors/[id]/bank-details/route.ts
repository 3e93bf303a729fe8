import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { VENDOR_MODULE } from "../../../../../modules/vendor"
import type VendorModuleService from "../../../../../modules/vendor/service"
import { updateVendorBankDetailsWorkflow } from "../../../../../workflows/vendor/workflows/update-vendor-bank-details"
import { retrieveAdminVendor } from "../../retrieve-admin-vendor"
import type { AdminVendorBankDetailsType } from "../../validators"

/** Staff set where the cooperative's bank-transfer payouts go (RIB, bank, account holder). */
export async function POST(req: AuthenticatedMedusaRequest<AdminVendorBankDetailsType>, res: MedusaResponse) {
  const vendors: VendorModuleService = req.scope.resolve(VENDOR_MODULE)
  const [found] = await vendors.listVendors({ id: req.params.id }, { select: ["id"] })
  if (!found) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cooperative ${req.params.id} was not found`)
  }
  await updateVendorBankDetailsWorkflow(req.scope).run({
    input: { vendor_id: req.params.id, ...req.validatedBody },
  })
  res.json({ vendor: await retrieveAdminVendor(req, req.params.id) })
}
