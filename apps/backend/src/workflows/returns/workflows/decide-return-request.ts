import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  beginReturnOrderWorkflow,
  confirmReturnRequestWorkflow,
  emitEventStep,
  registerOrderFulfillmentStep,
  releaseLockStep,
  requestItemReturnWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { RETURN_REQUEST_EVENTS } from "../return-events"
import { returnLines, unfulfilledLines } from "../return-rules"
import { updateReturnRequestStep } from "../steps/update-return-request"
import { validateReturnRequestTransitionStep } from "../steps/validate-return-request-transition"

export type DecideReturnRequestWorkflowInput = {
  id: string
  decision: "accept" | "refuse"
  /** required to refuse: the shopper reads it */
  reason?: string | null
  /** the member's or staff user's id */
  decided_by: string
  /** staff may also settle a refusal the shopper disputed */
  as: "cooperative" | "staff"
}

export const decideReturnRequestWorkflowId = "decide-return-request"

/**
 * The cooperative (or staff, settling a dispute) answers a return request. Accepting opens Medusa's
 * return for those items, to be received at the cooperative's stock location (Admin then shows it as
 * requested); refusing keeps the reason for the shopper. Under the request's lock and the order's
 * (Medusa keeps one open change per order), so a double tap decides once.
 */
export const decideReturnRequestWorkflow = createWorkflow(
  decideReturnRequestWorkflowId,
  (input: DecideReturnRequestWorkflowInput) => {
    acquireLockStep({ key: input.id, timeout: 5, ttl: 60 })
    const { data: requests } = useQueryGraphStep({
      entity: "return_request",
      fields: ["id", "status", "disputed_at", "order_id", "vendor_id", "vendor_order_id", "items"],
      filters: { id: input.id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "get-decided-return-request" })
    const request = transform({ requests }, ({ requests }) => requests[0])
    const transition = transform({ input }, ({ input }) =>
      input.as === "staff" ? (`settle_${input.decision}` as const) : input.decision
    )
    validateReturnRequestTransitionStep({ request, transition, reason: input.reason })

    const accepting = transform({ input }, ({ input }) => input.decision === "accept")
    acquireLockStep({ key: request.order_id, timeout: 10, ttl: 120 }).config({ name: "lock-returned-order" })
    const { data: vendors } = useQueryGraphStep({
      entity: "vendor",
      fields: ["id", "stock_locations.id"],
      filters: { id: request.vendor_id },
    }).config({ name: "get-return-location" })
    const { data: parts } = useQueryGraphStep({
      entity: "vendor_order",
      fields: ["id", "items.line_item_id", "items.quantity"],
      filters: { id: request.vendor_order_id },
    }).config({ name: "get-returned-part-items" })
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: ["id", "items.id", "items.detail.fulfilled_quantity"],
      filters: { id: request.order_id },
    }).config({ name: "get-returned-order-items" })

    // the part was delivered through the portal, not Medusa's fulfillments: Medusa returns only
    // fulfilled items, so the part's items are registered as fulfilled first (no stock moves)
    const delivered = transform({ parts, orders, input }, ({ parts, orders, input }) => ({
      order_id: orders[0].id,
      reference: "vendor_order",
      reference_id: parts[0].id,
      created_by: input.decided_by,
      items: unfulfilledLines(
        (parts[0].items ?? []).flatMap((item) => (item ? [item] : [])),
        (orders[0].items ?? []).flatMap((item) => (item ? [item as never] : []))
      ),
    }))
    when(
      "register-delivered-items",
      { accepting, delivered },
      ({ accepting, delivered }) => accepting && delivered.items.length > 0
    ).then(() => {
      registerOrderFulfillmentStep(delivered)
    })

    const returnId = when("open-medusa-return", { accepting }, ({ accepting }) => accepting).then(() => {
      const begin = transform({ request, vendors, input }, ({ request, vendors, input }) => ({
        order_id: request.order_id,
        location_id: vendors[0]?.stock_locations?.find((location) => !!location)?.id ?? undefined,
        created_by: input.decided_by,
        description: `Return request ${request.id}`,
      }))
      const change = beginReturnOrderWorkflow.runAsStep({ input: begin })
      const itemsBack = transform({ change, request }, ({ change, request }) => ({
        return_id: change.return_id!,
        items: returnLines(request.items).map((line) => ({
          id: line.line_item_id,
          quantity: line.quantity,
        })),
      }))
      requestItemReturnWorkflow.runAsStep({ input: itemsBack })
      const confirm = transform({ change, input }, ({ change, input }) => ({
        return_id: change.return_id!,
        confirmed_by: input.decided_by,
      }))
      confirmReturnRequestWorkflow.runAsStep({ input: confirm })
      return transform({ change }, ({ change }) => change.return_id ?? null)
    })
    releaseLockStep({ key: request.order_id }).config({ name: "unlock-returned-order" })

    const update = transform({ input, returnId }, ({ input, returnId }) => ({
      id: input.id,
      status: input.decision === "accept" ? ("accepted" as const) : ("refused" as const),
      decision_reason: input.decision === "refuse" ? (input.reason ?? null) : null,
      decided_by: input.decided_by,
      decided_at: new Date(),
      ...(returnId ? { return_id: returnId } : {}),
    }))
    const updated = updateReturnRequestStep(update)
    releaseLockStep({ key: input.id })
    const eventName = transform({ input }, ({ input }) =>
      input.decision === "accept" ? RETURN_REQUEST_EVENTS.accepted : RETURN_REQUEST_EVENTS.refused
    )
    emitEventStep({ eventName, data: { id: input.id } })
    return new WorkflowResponse(updated)
  }
)
