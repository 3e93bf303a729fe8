import { model } from "@medusajs/framework/utils"
import { VendorOrderItem } from "./vendor-order-item"

export const VENDOR_ORDER_STATUSES = ["pending", "shipped", "delivered", "canceled", "refused"] as const

/**
 * One cooperative's part of a shopper's order: its items and shipping, what the sale earns it
 * after commission, and its own shipping/delivery progress. The parent is a Medusa order.
 */
export const VendorOrder = model
  .define("vendor_order", {
    id: model.id({ prefix: "vord" }).primaryKey(),
    // plain ids (read-only links in src/links): the split is written in one step, no pivot rows to undo
    order_id: model.text().index("IDX_vendor_order_order_id"),
    vendor_id: model.text().index("IDX_vendor_order_vendor_id"),
    display_id: model.number().nullable(),
    currency_code: model.text(),
    payment_provider_id: model.text().nullable(),
    status: model.enum([...VENDOR_ORDER_STATUSES]).default("pending"),
    item_total: model.bigNumber(),
    shipping_total: model.bigNumber(),
    total: model.bigNumber(),
    commission_rate: model.bigNumber(),
    commission_amount: model.bigNumber(),
    vendor_amount: model.bigNumber(),
    shipping_method_ids: model.json().nullable(),
    tracking_number: model.text().nullable(),
    carrier: model.text().nullable(),
    shipped_at: model.dateTime().nullable(),
    delivered_at: model.dateTime().nullable(),
    cash_collected_at: model.dateTime().nullable(),
    canceled_at: model.dateTime().nullable(),
    // refused at the door or returned to sender: its cash is never collected
    refused_at: model.dateTime().nullable(),
    // why the cooperative canceled its part, or why the shopper refused the parcel
    closing_reason: model.text().nullable(),
    // picked up at the cooperative's stand at a bazaar (docs/bazaar-events.md): the event (a bazaar of
    // the bazaar-event module), the stand, and the code the shopper shows there
    pickup_event_id: model.text().nullable(),
    pickup_stand_number: model.text().nullable(),
    pickup_code: model.text().nullable(),
    items: model.hasMany(() => VendorOrderItem, { mappedBy: "vendor_order" }),
  })
  .cascades({ delete: ["items"] })
  .indexes([{ on: ["order_id", "vendor_id"], unique: true, where: "deleted_at IS NULL" }])
