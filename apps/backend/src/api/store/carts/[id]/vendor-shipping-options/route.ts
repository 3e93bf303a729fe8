import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { listShippingOptionsForCartWorkflow } from "@medusajs/medusa/core-flows"
import { groupShippingOptionsByVendor, type CartVendorLine } from "../../group-shipping-options-by-vendor"

/**
 * The cart's shipping options per cooperative, priced by the backend: the checkout shows one choice
 * per cooperative and posts each to Medusa's own `POST /store/carts/:id/shipping-methods`.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: carts } = await query.graph({
    entity: "cart",
    fields: ["id", "completed_at", "items.id", "items.product_id", "shipping_methods.shipping_option_id"],
    filters: { id: req.params.id },
  })
  const cart = carts[0]
  if (!cart) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart with id: ${req.params.id} was not found`)
  }
  const productIds = [...new Set((cart.items ?? []).map((item) => item?.product_id).filter(Boolean))] as string[]
  const { data: products } = productIds.length
    ? await query.graph({
        entity: "product",
        fields: ["id", "shipping_profile.id", "vendor.id", "vendor.handle", "vendor.name", "vendor.stock_locations.id"],
        filters: { id: productIds },
      })
    : { data: [] }
  const productById = new Map((products as any[]).map((product) => [product.id, product]))
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
        location_ids: (product.vendor.stock_locations ?? []).map((location: { id: string }) => location.id),
      },
    ]
  })

  const { result: options } = await listShippingOptionsForCartWorkflow(req.scope).run({
    input: { cart_id: cart.id, is_return: false },
  })
  const selected = (cart.shipping_methods ?? []).map((method) => method?.shipping_option_id).filter(Boolean) as string[]
  const vendors = groupShippingOptionsByVendor(lines, options as never, selected).map((group) => ({
    ...group,
    shipping_options: group.shipping_options.map((option: any) => ({
      id: option.id,
      name: option.name,
      price_type: option.price_type,
      amount: option.amount,
      is_tax_inclusive: option.is_tax_inclusive,
      insufficient_inventory: option.insufficient_inventory,
      type: option.type ? { code: option.type.code, label: option.type.label, description: option.type.description } : null,
    })),
  }))
  res.json({ cart_id: cart.id, vendors })
}
