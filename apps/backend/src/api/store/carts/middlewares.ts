import {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { handOutOrderSecret } from "./hand-out-order-secret"
import { checkCartAddresses } from "./check-cart-addresses"
import { checkVendorShippingChoice } from "./check-vendor-shipping-choice"
import { vendorShippingGroupsOfChoice } from "./list-vendor-shipping-groups"
import { StoreGetCheckoutCart, StoreSetVendorShippingMethods } from "./validators"

/** Medusa's one-option route gets the same rule: only a cooperative in the cart delivers it. */
async function checkMedusaShippingMethod(
  req: MedusaRequest<{ option_id?: unknown }>,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const optionId = req.body?.option_id
  if (typeof optionId !== "string") {
    return next() // Medusa's own validator answers
  }
  try {
    const choice = await vendorShippingGroupsOfChoice(req.scope, req.params.id, [optionId])
    const refusal = checkVendorShippingChoice(choice.groups, [optionId], choice.open_pickup_vendor_ids)
    next(refusal ? new MedusaError(MedusaError.Types.INVALID_DATA, refusal) : undefined)
  } catch (error) {
    next(error)
  }
}

export const storeCartsMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/store/carts",
    middlewares: [checkCartAddresses],
  },
  {
    methods: ["POST"],
    matcher: "/store/carts/:id",
    middlewares: [checkCartAddresses],
  },
  {
    methods: ["GET"],
    matcher: "/store/carts/:id/checkout",
    middlewares: [validateAndTransformQuery(StoreGetCheckoutCart, {})],
  },
  {
    methods: ["POST"],
    matcher: "/store/carts/:id/vendor-shipping-methods",
    middlewares: [validateAndTransformBody(StoreSetVendorShippingMethods)],
  },
  {
    methods: ["POST"],
    matcher: "/store/carts/:id/shipping-methods",
    middlewares: [checkMedusaShippingMethod],
  },
  {
    methods: ["POST"],
    matcher: "/store/carts/:id/complete",
    middlewares: [handOutOrderSecret],
  },
]
