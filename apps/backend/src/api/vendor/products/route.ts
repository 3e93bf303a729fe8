import { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createVendorProductWorkflow } from "../../../workflows/product-moderation/workflows/create-vendor-product"
import {
  retrieveShapedProduct,
  shapeVendorProducts,
  vendorProductFields,
  vendorProductIds,
} from "../../utils/vendor-products"
import { createOnce, readIdempotencyKey } from "./idempotency"
import { VendorCreateProductType, VendorGetProductsParamsType } from "./validators"
import type { VendorRequest } from "../vendor-request"

/** The caller's cooperative's products, newest first, optionally of one status. */
export async function GET(req: VendorRequest<unknown, VendorGetProductsParamsType>, res: MedusaResponse) {
  const { vendor } = req.vendor_context
  const { limit, offset, status } = req.validatedQuery
  const ids = await vendorProductIds(req.scope, vendor.id)
  if (!ids.length) {
    return res.json({ products: [], count: 0, limit, offset })
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "product",
    fields: vendorProductFields,
    filters: { id: ids, ...(status ? { status } : {}) },
    pagination: { take: limit, skip: offset, order: { created_at: "DESC" } },
  })
  res.json({
    products: await shapeVendorProducts(req.scope, data),
    count: metadata?.count ?? data.length,
    limit,
    offset,
  })
}

/**
 * A member of an approved cooperative creates a draft product. With an `Idempotency-Key` already
 * used by this cooperative, the product made the first time is returned (200) and nothing is created.
 */
export async function POST(req: VendorRequest<VendorCreateProductType>, res: MedusaResponse) {
  const { vendor, actor } = req.vendor_context
  const key = readIdempotencyKey(req.headers["idempotency-key"])
  const create = async (externalId?: string) => {
    const { result } = await createVendorProductWorkflow(req.scope).run({
      input: {
        vendor_id: vendor.id,
        product: req.validatedBody,
        external_id: externalId,
        added_by: { type: actor.type, id: actor.id },
      },
    })
    return result.id
  }
  const { id, created } = key
    ? await createOnce(req.scope, vendor.id, key, create)
    : { id: await create(), created: true }
  res.status(created ? 201 : 200).json({ product: await retrieveShapedProduct(req.scope, id) })
}
