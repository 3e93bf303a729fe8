import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createVendorOrdersStep } from "../steps/create-vendor-orders"
import { splitOrderByVendor, type SplitOrder } from "../split-order-by-vendor"

export const splitOrderWorkflowId = "split-order"

export type SplitOrderWorkflowInput = { order_id: string }

/** Splits a placed order into one child order per cooperative (run inside cart completion). */
export const splitOrderWorkflow = createWorkflow(splitOrderWorkflowId, (input: SplitOrderWorkflowInput) => {
  const { data: orders } = useQueryGraphStep({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "currency_code",
      // asking for the order's total makes the Order Module compute item and shipping totals too
      "total",
      "items.id",
      "items.product_id",
      "items.variant_id",
      "items.title",
      "items.product_title",
      "items.variant_title",
      "items.variant_sku",
      "items.thumbnail",
      "items.quantity",
      "items.unit_price",
      "items.total",
      "shipping_methods.id",
      "shipping_methods.shipping_option_id",
      "shipping_methods.total",
      "payment_collections.payment_sessions.provider_id",
      "payment_collections.payment_sessions.status",
    ],
    filters: { id: input.order_id },
    options: { throwIfKeyNotFound: true },
  }).config({ name: "get-order" })

  const ids = transform({ orders }, ({ orders }) => {
    const order = orders[0]
    return {
      product_ids: [
        ...new Set((order.items ?? []).map((item) => item?.product_id).filter(Boolean)),
      ] as string[],
      option_ids: [
        ...new Set(
          (order.shipping_methods ?? []).map((method) => method?.shipping_option_id).filter(Boolean)
        ),
      ] as string[],
    }
  })

  const { data: products } = useQueryGraphStep({
    entity: "product",
    fields: ["id", "shipping_profile.id", "vendor.id", "vendor.commission_rate", "vendor.stock_locations.id"],
    filters: { id: ids.product_ids },
  }).config({ name: "get-products" })

  const { data: options } = useQueryGraphStep({
    entity: "shipping_option",
    fields: ["id", "shipping_profile_id", "service_zone.fulfillment_set.location.id"],
    filters: { id: ids.option_ids },
  }).config({ name: "get-shipping-options" })

  const drafts = transform({ orders, products, options }, ({ orders, products, options }) => {
    const order = orders[0] as any
    const vendors = new Map<string, { id: string; commission_rate: any; location_ids: string[] }>()
    for (const product of products as any[]) {
      if (product.vendor) {
        vendors.set(product.vendor.id, {
          id: product.vendor.id,
          commission_rate: product.vendor.commission_rate,
          location_ids: (product.vendor.stock_locations ?? []).map((location: { id: string }) => location.id),
        })
      }
    }
    const sessions = (order.payment_collections ?? []).flatMap(
      (collection: any) => collection?.payment_sessions ?? []
    )
    const authorized = sessions.find((session: any) => session?.status === "authorized") ?? sessions[0]
    return splitOrderByVendor(order as SplitOrder, {
      products: (products as any[]).map((product) => ({
        id: product.id,
        vendor_id: product.vendor?.id ?? null,
        shipping_profile_id: product.shipping_profile?.id ?? null,
      })),
      shipping_options: (options as any[]).map((option) => ({
        id: option.id,
        shipping_profile_id: option.shipping_profile_id ?? null,
        location_id: option.service_zone?.fulfillment_set?.location?.id ?? null,
      })),
      vendors: [...vendors.values()],
      payment_provider_id: authorized?.provider_id ?? null,
    })
  })

  const created = createVendorOrdersStep(drafts)
  return new WorkflowResponse(created)
})
