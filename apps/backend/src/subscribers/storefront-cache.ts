import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { storefrontCache, type StorefrontCacheTag } from "../lib/storefront/storefront-cache"

// A cooperative's status decides whether its page and all its products show.
const VENDOR_EVENTS = [
  "vendor.approved",
  "vendor.suspended",
  "vendor.reinstated",
  "vendor.rejected",
  "vendor.updated",
]

/**
 * Staff decisions must show in the shop at once (a suspended cooperative's products vanish): expire
 * the storefront's cached catalogue when products or cooperatives change.
 */
export default async function expireStorefrontCache({
  event,
  container,
}: SubscriberArgs<{ id: string | string[] }>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const tags: StorefrontCacheTag[] = VENDOR_EVENTS.includes(event.name)
    ? ["vendors", "products"]
    : ["products"]
  await storefrontCache(logger).expire(tags)
}

export const config: SubscriberConfig = {
  event: [...VENDOR_EVENTS, "product.created", "product.updated", "product.deleted"],
  context: { subscriberId: "storefront-cache" },
}
