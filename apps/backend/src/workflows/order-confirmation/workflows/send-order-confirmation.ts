import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsSafelyStep } from "../../common/steps/send-notifications-safely"
import { leadTimeDays } from "@bazaar/contracts"
import {
  orderConfirmationNotifications,
  vendorNewOrderNotifications,
  type LeadTimes,
} from "../order-confirmation-notification"
import { signOrderLinkStep } from "../steps/sign-order-link"

export type SendOrderConfirmationWorkflowInput = { order_id: string }

export const sendOrderConfirmationWorkflowId = "send-order-confirmation"

/**
 * Sends the shopper the confirmation of a placed order, with each cooperative's part, and each
 * cooperative's members their part to prepare.
 */
export const sendOrderConfirmationWorkflow = createWorkflow(
  sendOrderConfirmationWorkflowId,
  (input: SendOrderConfirmationWorkflowInput) => {
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: [
        "id",
        "display_id",
        "email",
        "currency_code",
        "total",
        "created_at",
        "metadata",
        "payment_collections.payment_sessions.provider_id",
        "vendor_order.id",
        "vendor_order.total",
        "vendor_order.vendor.name",
        "vendor_order.vendor.members.email",
        "vendor_order.vendor.members.phone",
        "vendor_order.vendor.members.sms_opt_in",
        "vendor_order.vendor.members.locale",
        "vendor_order.items.title",
        "vendor_order.items.variant_title",
        "vendor_order.items.quantity",
        "vendor_order.items.product_id",
        // a part collected at a stand: where, and the code the shopper shows there
        "vendor_order.pickup_code",
        "vendor_order.pickup_stand_number",
        "vendor_order.pickup_event.name",
        "vendor_order.pickup_event.address",
        "vendor_order.pickup_event.city",
        "vendor_order.pickup_event.starts_at",
        "vendor_order.pickup_event.ends_at",
        "shipping_address.phone",
      ],
      filters: { id: input.order_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "get-placed-order" })
    // made-to-order pieces: the confirmation says when they leave, the cooperative's ship-by waits for them
    const productIds = transform({ orders }, ({ orders }) => {
      const ids = ([] as { items?: ({ product_id?: string | null } | null)[] | null }[])
        .concat((orders[0].vendor_order as never) ?? [])
        .flatMap((part) => (part.items ?? []).map((item) => item?.product_id))
        .filter((id): id is string => !!id)
      // never an empty filter, which would read every product
      return ids.length ? [...new Set(ids)] : ["none"]
    })
    const { data: products } = useQueryGraphStep({
      entity: "product",
      fields: ["id", "metadata"],
      filters: { id: productIds },
    }).config({ name: "get-ordered-products" })
    const accessToken = signOrderLinkStep(input.order_id)
    const notifications = transform(
      { orders, products, accessToken },
      ({ orders, products, accessToken }) => {
        const leadTimes: LeadTimes = {}
        for (const product of products) {
          const days = leadTimeDays(product.metadata)
          if (days) {
            leadTimes[product.id] = days
          }
        }
        return [
          ...orderConfirmationNotifications(orders[0], accessToken, leadTimes),
          ...vendorNewOrderNotifications(orders[0], leadTimes),
        ]
      }
    )
    sendNotificationsSafelyStep(notifications)
    return new WorkflowResponse(undefined)
  }
)
