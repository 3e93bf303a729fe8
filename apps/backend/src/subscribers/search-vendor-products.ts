import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

/**
 * A cooperative's status, name or region is part of each of its products' search documents:
 * reindex them when it changes, so a suspended cooperative's products leave the results at once.
 */
export default async function searchVendorProducts({
  event,
  container,
}: SubscriberArgs<{ id: string | string[] }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const vendorIds = Array.isArray(event.data.id) ? event.data.id : [event.data.id]
  const { data: vendors } = await query.graph({
    entity: "vendor",
    fields: ["products.id"],
    filters: { id: vendorIds },
  })
  const productIds = vendors.flatMap((vendor) =>
    (vendor.products ?? []).flatMap((product) => (product ? [product.id] : []))
  )
  if (!productIds.length) {
    return
  }
  logger.info(`[Search] Reindexing ${productIds.length} product(s) of vendor(s) ${vendorIds.join(", ")}`)
  await container.resolve(Modules.SEARCH).reindex({ index: "product", filters: { id: productIds } })
}

export const config: SubscriberConfig = {
  // workflows announce vendor.updated; the module itself emits vendor.vendor.updated on any write
  event: ["vendor.updated", "vendor.vendor.updated"],
  context: { subscriberId: "search-vendor-products" },
}
