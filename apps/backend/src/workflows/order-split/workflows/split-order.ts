import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { attachStandPickupsStep } from "../steps/attach-stand-pickups"
import { createVendorOrdersStep } from "../steps/create-vendor-orders"
import { splitOrderByVendor } from "../split-order-by-vendor"
import { toSplitContext, toSplitOrder } from "../split-order-input"

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
      // the commission rates in force when it was placed apply
      "created_at",
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
      product_ids: [...new Set((order.items ?? []).flatMap((item) => item?.product_id || []))],
      option_ids: [
        ...new Set((order.shipping_methods ?? []).flatMap((method) => method?.shipping_option_id || [])),
      ],
    }
  })

  const { data: products } = useQueryGraphStep({
    entity: "product",
    fields: [
      "id",
      "shipping_profile.id",
      "categories.id",
      "vendor.id",
      "vendor.commission_rate",
      "vendor.commission_rates.rate",
      "vendor.commission_rates.category_id",
      "vendor.commission_rates.effective_from",
      "vendor.stock_locations.id",
    ],
    filters: { id: ids.product_ids },
  }).config({ name: "get-products" })

  const { data: options } = useQueryGraphStep({
    entity: "shipping_option",
    fields: ["id", "shipping_profile_id", "service_zone.fulfillment_set.location.id", "type.code"],
    filters: { id: ids.option_ids },
  }).config({ name: "get-shipping-options" })

  const drafts = transform({ orders, products, options }, ({ orders, products, options }) =>
    splitOrderByVendor(toSplitOrder(orders[0]), toSplitContext(orders[0], products, options))
  )

  const pickups = transform({ drafts, orders, options }, ({ drafts, orders, options }) => ({
    drafts,
    shipping_methods: (orders[0].shipping_methods ?? []).flatMap((method) => (method ? [method] : [])),
    shipping_options: options,
  }))
  const parts = attachStandPickupsStep(pickups)

  const created = createVendorOrdersStep(parts)
  return new WorkflowResponse(created)
})
