import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { submitVendorProductWorkflow } from "../../../../../workflows/product-moderation/workflows/submit-vendor-product"
import { retrieveShapedProduct } from "../../../../utils/vendor-products"
import { requireVendorMember } from "../../../vendor-context"

/** Sends a draft or rejected product to the centre for review (status proposed). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { vendor } = await requireVendorMember(req)
  await submitVendorProductWorkflow(req.scope).run({
    input: { vendor_id: vendor.id, product_id: req.params.id },
  })
  res.json({ product: await retrieveShapedProduct(req.scope, req.params.id) })
}
