import { MedusaService } from "@medusajs/framework/utils"
import { ProductEdit } from "./models/product-edit"
import { Vendor } from "./models/vendor"
import { VendorActivity } from "./models/vendor-activity"
import { VendorCertification } from "./models/vendor-certification"
import { VendorCommissionRate } from "./models/vendor-commission-rate"
import { VendorDecision } from "./models/vendor-decision"
import { VendorInvite } from "./models/vendor-invite"
import { VendorMember } from "./models/vendor-member"
import { VendorUpload } from "./models/vendor-upload"

class VendorModuleService extends MedusaService({
  Vendor,
  VendorActivity,
  VendorCertification,
  VendorCommissionRate,
  VendorMember,
  VendorDecision,
  VendorInvite,
  VendorUpload,
  ProductEdit,
}) {}

export default VendorModuleService
