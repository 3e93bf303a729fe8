import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  emitEventStep,
  releaseLockStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import type { RETURN_REASONS } from "../../../modules/ledger/models/return-request"
import { RETURN_REQUEST_EVENTS } from "../return-events"
import { COD_PROVIDER_ID } from "../../../modules/cod"
import { cashOrderNotSettled, returnPolicy, type ReturnLine } from "../return-rules"
import { createReturnRequestStep } from "../steps/create-return-request"
import { validateNewReturnRequestStep } from "../steps/validate-new-return-request"

export type CreateReturnRequestWorkflowInput = {
  customer_id: string
  vendor_order_id: string
  items: ReturnLine[]
  reason: (typeof RETURN_REASONS)[number]
  note?: string | null
  photo_urls?: string[]
}

export const createReturnRequestWorkflowId = "create-return-request"

/**
 * A shopper asks to send back items of one delivered parcel. Under the parcel's lock, so a double
 * submission records one request and the second finds its items already asked back.
 */
export const createReturnRequestWorkflow = createWorkflow(
  createReturnRequestWorkflowId,
  (input: CreateReturnRequestWorkflowInput) => {
    acquireLockStep({ key: input.vendor_order_id, timeout: 5, ttl: 30 })
    const { data: parts } = useQueryGraphStep({
      entity: "vendor_order",
      fields: [
        "id",
        "status",
        "order_id",
        "vendor_id",
        "currency_code",
        "delivered_at",
        "payment_provider_id",
        "items.line_item_id",
        "items.title",
        "items.quantity",
      ],
      filters: { id: input.vendor_order_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "get-returned-part" })
    const part = transform({ parts }, ({ parts }) => parts[0])
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: ["id", "customer_id", "region.metadata"],
      filters: { id: part.order_id },
    }).config({ name: "get-returned-order" })
    const { data: siblings } = useQueryGraphStep({
      entity: "vendor_order",
      fields: ["id", "status"],
      filters: { order_id: part.order_id },
    }).config({ name: "get-returned-order-parts" })
    const { data: requests } = useQueryGraphStep({
      entity: "return_request",
      fields: ["id", "status", "items"],
      filters: { vendor_order_id: input.vendor_order_id },
    }).config({ name: "get-earlier-return-requests" })

    const check = transform(
      { input, part, orders, requests, siblings },
      ({ input, part, orders, requests, siblings }) => ({
        customer_id: input.customer_id,
        order_customer_id: orders[0]?.customer_id ?? null,
        part: {
          id: part.id,
          status: part.status,
          delivered_at: part.delivered_at,
          items: (part.items ?? []).flatMap((item) => (item ? [item] : [])),
        },
        window_days: returnPolicy(orders[0]?.region?.metadata as Record<string, unknown> | null).window_days,
        requests,
        lines: input.items,
        not_settled: cashOrderNotSettled(part, siblings, COD_PROVIDER_ID),
      })
    )
    validateNewReturnRequestStep(check)

    const request = transform({ input, part }, ({ input, part }) => {
      const titles = new Map<string, string>(
        (part.items ?? []).flatMap((item) => (item ? [[item.line_item_id, item.title] as const] : []))
      )
      return {
        vendor_order_id: part.id,
        vendor_id: part.vendor_id,
        order_id: part.order_id,
        customer_id: input.customer_id,
        currency_code: part.currency_code,
        items: input.items.map((line) => ({ ...line, title: titles.get(line.line_item_id) ?? "" })),
        reason: input.reason,
        note: input.note ?? null,
        photo_urls: input.photo_urls?.length ? input.photo_urls : null,
      }
    })
    const created = createReturnRequestStep(request)
    releaseLockStep({ key: input.vendor_order_id })
    // the cooperative is told by a subscriber
    emitEventStep({ eventName: RETURN_REQUEST_EVENTS.created, data: { id: created.id } })
    return new WorkflowResponse(created)
  }
)
