import { MedusaService } from "@medusajs/framework/utils"
import { Vendor } from "./models/vendor"
import { VendorCertification } from "./models/vendor-certification"
import { VendorMember } from "./models/vendor-member"

class VendorModuleService extends MedusaService({
  Vendor,
  VendorCertification,
  VendorMember,
}) {}

export default VendorModuleService
