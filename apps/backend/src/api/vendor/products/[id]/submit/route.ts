import { MedusaResponse } from "@medusajs/framework/http"
import { submitVendorProductWorkflow } from "../../../../../workflows/product-moderation/workflows/submit-vendor-product"
import { retrieveShapedProduct } from "../../../../utils/vendor-products"
import type { VendorRequest } from "../../../vendor-request"

/** Sends a draft or rejected product to the centre for review (status proposed). */
export async function POST(req: VendorRequest, res: MedusaResponse) {
  const { vendor } = req.vendor_context
  await submitVendorProductWorkflow(req.scope).run({
    input: { vendor_id: vendor.id, product_id: req.params.id },
  })
  res.json({ product: await retrieveShapedProduct(req.scope, req.params.id) })
}
