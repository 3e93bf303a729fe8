import { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { applyTranslations, ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { shopVendor, shopVendorFields } from "./shop-vendor"
import { StoreGetVendorsParamsType } from "./validators"

/** Lists the approved vendors, optionally in one region, with texts in the request's locale. */
export async function GET(req: MedusaStoreRequest<unknown, StoreGetVendorsParamsType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { region } = req.validatedQuery

  const { data: vendors, metadata } = await query.graph({
    entity: "vendor",
    fields: shopVendorFields(req.queryConfig.fields),
    filters: { status: "approved", ...(region ? { region } : {}) },
    pagination: { ...req.queryConfig.pagination, order: { name: "ASC" } },
  })
  await applyTranslations({ localeCode: req.locale, objects: vendors, container: req.scope })

  const now = new Date()
  res.json({
    vendors: vendors.map((vendor) => shopVendor(vendor, now)),
    count: metadata?.count ?? vendors.length,
    limit: metadata?.take ?? req.validatedQuery.limit,
    offset: metadata?.skip ?? req.validatedQuery.offset,
  })
}
