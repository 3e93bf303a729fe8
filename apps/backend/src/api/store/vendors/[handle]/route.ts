import { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import {
  applyTranslations,
  ContainerRegistrationKeys,
  MedusaError,
  ProductStatus,
} from "@medusajs/framework/utils"
import { latestImpact } from "../../../../lib/impact/latest-impact"
import { REVIEW_MODULE } from "../../../../modules/review"
import type ReviewModuleService from "../../../../modules/review/service"
import { loadVendorStand } from "../../events/vendor-stand"
import { storeVendorProductFields } from "../query-config"
import { shopVendor, shopVendorFields } from "../shop-vendor"
import { visibleVendorProducts } from "../visible-vendor-products"

/**
 * One approved vendor by handle, with the products shoppers can buy through this storefront and its
 * stand at the running or next bazaar event (`stand`, null when none), and its own impact figures when
 * it chose to show them (`impact`, null otherwise), and the average of buyers' published reviews of
 * its products (`rating`).
 */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { handle } = req.params

  const {
    data: [vendor],
  } = await query.graph({
    entity: "vendor",
    fields: [...shopVendorFields(req.queryConfig.fields), ...storeVendorProductFields, "show_impact"],
    filters: { handle, status: "approved" },
  })
  if (!vendor) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cooperative "${handle}" was not found`)
  }

  const products = visibleVendorProducts(
    vendor.products ?? [],
    req.publishable_key_context.sales_channel_ids,
    ProductStatus.PUBLISHED
  )
  const { show_impact, ...shown } = vendor
  const result = { ...shopVendor(shown, new Date()), products }
  // where to find the cooperative on site (its stand at the running or next bazaar), and what buyers thought
  const [stand, rating] = await Promise.all([
    loadVendorStand(req.scope, vendor.id),
    req.scope.resolve<ReviewModuleService>(REVIEW_MODULE).summariseVendorRating(vendor.id),
  ])
  await applyTranslations({
    localeCode: req.locale,
    objects: stand ? [result, stand.event] : [result],
    container: req.scope,
  })

  const impact = show_impact ? ((await latestImpact(req.scope)).cooperatives[vendor.id] ?? null) : null

  res.json({ vendor: { ...result, stand, impact, rating } })
}
