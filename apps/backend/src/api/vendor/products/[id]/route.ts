import { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { deleteVendorProductWorkflow } from "../../../../workflows/product-moderation/workflows/delete-vendor-product"
import { updateVendorProductWorkflow } from "../../../../workflows/product-moderation/workflows/update-vendor-product"
import { editPublishedProductWorkflow } from "../../../../workflows/product-moderation/workflows/edit-published-product"
import {
  splitPublishedEdit,
  type PublishedProduct,
} from "../../../../workflows/product-moderation/published-edit"
import { priceChangeWithoutReviewPercent } from "../../../../lib/products/price-change-limit"
import { latestProductEdits } from "../../../utils/product-edits"
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
  res.json({
    product,
    pending_edit: (await latestProductEdits(req.scope, [product.id])).get(product.id) ?? null,
  })
}

/**
 * Edits one of the caller's cooperative's products. A product not on sale changes at once; a
 * published one stays as staff approved it, except for stock and small price moves, and the rest of
 * the change waits for staff (`pending_edit`).
 */
export async function POST(req: VendorRequest<VendorUpdateProductType>, res: MedusaResponse) {
  const { vendor, member } = req.vendor_context
  const ids = await vendorProductIds(req.scope, vendor.id)
  const current = ids.includes(req.params.id)
    ? await retrieveShapedProduct(req.scope, req.params.id)
    : undefined
  if (!current) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${req.params.id} was not found`)
  }
  if (current.status !== "published") {
    await updateVendorProductWorkflow(req.scope).run({
      input: { vendor_id: vendor.id, product_id: req.params.id, product: req.validatedBody },
    })
  } else {
    const own = new Set(current.variants.map((variant) => variant.id))
    const foreign = (req.validatedBody.variants ?? []).find((variant) => variant.id && !own.has(variant.id))
    if (foreign) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Variant ${foreign.id} was not found on this product`
      )
    }
    const { live, review } = splitPublishedEdit(
      req.validatedBody,
      current as unknown as PublishedProduct,
      priceChangeWithoutReviewPercent()
    )
    if (live || review) {
      await editPublishedProductWorkflow(req.scope).run({
        input: { vendor_id: vendor.id, product_id: req.params.id, submitted_by: member.id, live, review },
      })
    }
  }
  const product = await retrieveShapedProduct(req.scope, req.params.id)
  res.json({
    product,
    pending_edit: (await latestProductEdits(req.scope, [req.params.id])).get(req.params.id) ?? null,
  })
}

/** Deletes a product that is not on sale. */
export async function DELETE(req: VendorRequest, res: MedusaResponse) {
  const { vendor } = req.vendor_context
  await deleteVendorProductWorkflow(req.scope).run({
    input: { vendor_id: vendor.id, product_id: req.params.id },
  })
  res.json({ id: req.params.id, object: "product", deleted: true })
}
