import { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import {
  applyTranslations,
  ContainerRegistrationKeys,
  MedusaError,
  ProductStatus,
} from "@medusajs/framework/utils"
import { eventTiming } from "../../../../workflows/bazaar-event/event-input"
import { storeVendorProductFields } from "../../vendors/query-config"
import { visibleVendorProducts } from "../../vendors/visible-vendor-products"
import { storeEventFields, storeEventVendorFields } from "../query-config"
import { StoreGetEventParamsType } from "../validators"

/**
 * One event by handle, with its approved cooperatives in stand order and a few of each one's
 * products a shopper can buy through this storefront.
 */
export async function GET(req: MedusaStoreRequest<unknown, StoreGetEventParamsType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { handle } = req.params
  const {
    data: [row],
  } = await query.graph({
    entity: "bazaar_event",
    fields: [...storeEventFields, "stands.vendor_id", "stands.stand_number"],
    filters: { handle },
  })
  if (!row) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Event "${handle}" was not found`)
  }
  const { stands: standRows, ...event } = row
  const stands = (standRows ?? []).flatMap((stand) => (stand ? [stand] : []))

  const vendorIds = stands.map((stand) => stand.vendor_id)
  // a cooperative suspended since it was given a stand is no longer shown
  const { data: vendors } = vendorIds.length
    ? await query.graph({
        entity: "vendor",
        fields: [...storeEventVendorFields, ...storeVendorProductFields],
        filters: { id: vendorIds, status: "approved" },
      })
    : { data: [] }
  const byId = new Map(vendors.map((vendor) => [vendor.id, vendor]))
  const cooperatives = stands
    .filter((stand) => byId.has(stand.vendor_id))
    .sort((a, b) => a.stand_number.localeCompare(b.stand_number, "fr", { numeric: true }))
    .map((stand) => {
      const { products, ...vendor } = byId.get(stand.vendor_id)!
      return {
        stand_number: stand.stand_number,
        vendor: {
          ...vendor,
          products: visibleVendorProducts(
            products ?? [],
            req.publishable_key_context.sales_channel_ids,
            ProductStatus.PUBLISHED
          ).slice(0, req.validatedQuery.products_per_cooperative),
        },
      }
    })

  const result = { ...event, timing: eventTiming(event, new Date()) }
  await applyTranslations({
    localeCode: req.locale,
    objects: [result, ...cooperatives.map((entry) => entry.vendor)],
    container: req.scope,
  })
  res.json({ event: { ...result, cooperatives } })
}
