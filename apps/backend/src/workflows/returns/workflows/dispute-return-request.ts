import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  emitEventStep,
  releaseLockStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { RETURN_REQUEST_EVENTS } from "../return-events"
import { updateReturnRequestStep } from "../steps/update-return-request"
import { validateReturnRequestTransitionStep } from "../steps/validate-return-request-transition"

export const disputeReturnRequestWorkflowId = "dispute-return-request"

/** The shopper disagrees with a cooperative's refusal: staff settle it, once. */
export const disputeReturnRequestWorkflow = createWorkflow(
  disputeReturnRequestWorkflowId,
  (input: { id: string; note: string }) => {
    acquireLockStep({ key: input.id, timeout: 5, ttl: 30 })
    const { data: requests } = useQueryGraphStep({
      entity: "return_request",
      fields: ["id", "status", "disputed_at"],
      filters: { id: input.id },
      options: { throwIfKeyNotFound: true },
    })
    const request = transform({ requests }, ({ requests }) => requests[0])
    validateReturnRequestTransitionStep({ request, transition: "dispute" })
    const update = transform({ input }, ({ input }) => ({
      id: input.id,
      status: "disputed" as const,
      dispute_note: input.note,
      disputed_at: new Date(),
    }))
    const updated = updateReturnRequestStep(update)
    releaseLockStep({ key: input.id })
    emitEventStep({ eventName: RETURN_REQUEST_EVENTS.disputed, data: { id: input.id } })
    return new WorkflowResponse(updated)
  }
)
