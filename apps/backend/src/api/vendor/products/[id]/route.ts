import { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { deleteVendorProductWorkflow } from "../../../../workflows/product-moderation/workflows/delete-vendor-product"
import { updateVendorProductWorkflow } from "../../../../workflows/product-moderation/workflows/update-vendor-product"
import { retrieveShapedProduct, vendorProductIds } from "../../../utils/vendor-products"
import { VendorUpdateProductType } from "../validators"
import type { VendorRequest } from "../../vendor-request"

/** One of the caller's cooperative's products; any other id is a 404. */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  const { vendor } = req.vendor_context
  const ids = await vendorProductIds(req.scope, vendor.id)
  const product = ids.includes(req.params.id)
    ? await retrieveShapedProduct(req.scope, req.params.id)
    : undefined
  if (!product) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${req.params.id} was not found`)
  }
  res.json({ product })
}

/** Edits one of the caller's cooperative's products. */
export async function POST(req: VendorRequest<VendorUpdateProductType>, res: MedusaResponse) {
  const { vendor } = req.vendor_context
  await updateVendorProductWorkflow(req.scope).run({
    input: { vendor_id: vendor.id, product_id: req.params.id, product: req.validatedBody },
  })
  res.json({ product: await retrieveShapedProduct(req.scope, req.params.id) })
}

/** Deletes a product that is not on sale. */
export async function DELETE(req: VendorRequest, res: MedusaResponse) {
  const { vendor } = req.vendor_context
  await deleteVendorProductWorkflow(req.scope).run({
    input: { vendor_id: vendor.id, product_id: req.params.id },
  })
  res.json({ id: req.params.id, object: "product", deleted: true })
}
