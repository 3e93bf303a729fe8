import type { StoreVendorShippingOptionsResponse } from "@bazaar/contracts"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listVendorShippingGroups } from "../../list-vendor-shipping-groups"

/**
 * The cart's shipping options per cooperative, priced by the backend: the checkout shows one choice
 * per cooperative and posts them together to `POST /store/carts/:id/vendor-shipping-methods`.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const groups = await listVendorShippingGroups(req.scope, req.params.id)
  const vendors = groups.map((group) => ({
    ...group,
    shipping_options: group.shipping_options.map((option) => ({
      id: option.id,
      name: option.name,
      price_type: option.price_type,
      amount: option.amount,
      is_tax_inclusive: option.is_tax_inclusive,
      insufficient_inventory: option.insufficient_inventory,
      type: option.type
        ? { code: option.type.code, label: option.type.label, description: option.type.description }
        : null,
    })),
  }))
  res.json({ cart_id: req.params.id, vendors } satisfies StoreVendorShippingOptionsResponse)
}
