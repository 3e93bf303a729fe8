import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { storefrontCache, type StorefrontCacheTag } from "../../../lib/storefront/storefront-cache"

export const expireStorefrontCacheStepId = "expire-storefront-cache"

/**
 * Expires the storefront's cached catalogue before a staff decision's response is sent, so that the
 * shop shows the decision as soon as Admin does. The storefront-cache subscriber does the same for
 * every product change, but events are handled after the response, a moment too late for staff who
 * check the shop right away. Never fails the workflow: the cache's own period is the fallback.
 */
export const expireStorefrontCacheStep = createStep(
  expireStorefrontCacheStepId,
  async (tags: StorefrontCacheTag[], { container }) => {
    await storefrontCache(container.resolve(ContainerRegistrationKeys.LOGGER)).expire(tags)
    return new StepResponse(tags)
  }
)
