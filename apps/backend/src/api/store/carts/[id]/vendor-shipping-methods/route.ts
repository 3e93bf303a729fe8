import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { setVendorShippingMethodsWorkflow } from "../../../../../workflows/checkout/workflows/set-vendor-shipping-methods"
import { checkVendorShippingChoice } from "../../check-vendor-shipping-choice"
import { vendorShippingGroupsOfChoice } from "../../list-vendor-shipping-groups"
import type { StoreSetVendorShippingMethodsType } from "../../validators"

/**
 * Sets the delivery of several cooperatives in the cart at once: one workflow run (one cart lock, no
 * re-pricing of what did not change: `setVendorShippingMethodsWorkflow`) instead of Medusa's
 * `POST /store/carts/:id/shipping-methods` per cooperative, and either all choices are saved or none. An option replaces the cart's earlier choice for its cooperative
 * (Medusa replaces the method of the same shipping profile) and is priced by Medusa.
 */
export const POST = async (req: MedusaRequest<StoreSetVendorShippingMethodsType>, res: MedusaResponse) => {
  const optionIds = req.validatedBody.option_ids
  const choice = await vendorShippingGroupsOfChoice(req.scope, req.params.id, optionIds)
  const refusal = checkVendorShippingChoice(choice.groups, optionIds, choice.open_pickup_vendor_ids)
  if (refusal) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, refusal)
  }
  await setVendorShippingMethodsWorkflow(req.scope).run({
    input: { cart_id: req.params.id, option_ids: optionIds },
  })
  const { data: carts } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: [
      "id",
      "shipping_total",
      "total",
      "shipping_methods.id",
      "shipping_methods.shipping_option_id",
      "shipping_methods.amount",
    ],
    filters: { id: req.params.id },
  })
  res.json({ cart: carts[0] })
}
