import type { HttpTypes, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { listShippingOptionsForCartWorkflow } from "@medusajs/medusa/core-flows"
import {
  groupShippingOptionsByVendor,
  type CartVendorLine,
  type VendorShippingGroup,
} from "./group-shipping-options-by-vendor"

/** A shipping option as Medusa lists it for a cart; HttpTypes leaves out `is_tax_inclusive`, which it adds. */
export type CartShippingOption = HttpTypes.StoreCartShippingOptionWithServiceZone & {
  is_tax_inclusive: boolean
}

/** The cart's shipping options per cooperative in it, as Medusa lists and prices them for the cart. */
export async function listVendorShippingGroups(
  scope: MedusaContainer,
  cartId: string
): Promise<VendorShippingGroup<CartShippingOption>[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: carts } = await query.graph({
    entity: "cart",
    fields: ["id", "items.id", "items.product_id", "shipping_methods.shipping_option_id"],
    filters: { id: cartId },
  })
  const cart = carts[0]
  if (!cart) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart with id: ${cartId} was not found`)
  }
  const productIds = [
    ...new Set((cart.items ?? []).map((item) => item?.product_id).filter((id): id is string => !!id)),
  ]
  const { data: products } = productIds.length
    ? await query.graph({
        entity: "product",
        fields: [
          "id",
          "shipping_profile.id",
          "vendor.id",
          "vendor.handle",
          "vendor.name",
          "vendor.stock_locations.id",
        ],
        filters: { id: productIds },
      })
    : { data: [] }
  const productById = new Map(products.map((product) => [product.id, product]))
  const lines: CartVendorLine[] = (cart.items ?? []).flatMap((item) => {
    const product = item?.product_id ? productById.get(item.product_id) : undefined
    if (!item || !product?.vendor) {
      return []
    }
    return [
      {
        item_id: item.id,
        vendor: { id: product.vendor.id, handle: product.vendor.handle, name: product.vendor.name },
        shipping_profile_id: product.shipping_profile?.id ?? null,
        location_ids: (product.vendor.stock_locations ?? []).flatMap((location) =>
          location ? [location.id] : []
        ),
      },
    ]
  })

  const { result: options }: { result: CartShippingOption[] } = await listShippingOptionsForCartWorkflow(
    scope
  ).run({ input: { cart_id: cart.id, is_return: false } })
  const selected = (cart.shipping_methods ?? [])
    .map((method) => method?.shipping_option_id)
    .filter((id): id is string => !!id)
  return groupShippingOptionsByVendor(lines, options, selected)
}
