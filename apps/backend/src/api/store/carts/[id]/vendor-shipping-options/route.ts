import type { StoreVendorShippingOptionsResponse, VendorShippingGroup } from "@bazaar/contracts"
import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { listVendorShippingGroups } from "../../list-vendor-shipping-groups"
import { vendorShippingOptionView } from "../../vendor-shipping-option-view"

/**
 * The cart's shipping options per cooperative, priced by the backend: the checkout shows one choice
 * per cooperative and posts them together to `POST /store/carts/:id/vendor-shipping-methods`.
 */
export const GET = async (req: MedusaStoreRequest, res: MedusaResponse) => {
  const groups = await listVendorShippingGroups(req.scope, req.params.id, req.locale)
  const vendors: VendorShippingGroup[] = groups.map((group) => ({
    ...group,
    shipping_options: group.shipping_options.map(vendorShippingOptionView),
  }))
  res.json({ cart_id: req.params.id, vendors } satisfies StoreVendorShippingOptionsResponse)
}
