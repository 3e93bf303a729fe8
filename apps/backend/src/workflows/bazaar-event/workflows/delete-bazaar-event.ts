import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { expireStorefrontCacheStep } from "../../common/steps/expire-storefront-cache"
import { deleteBazaarEventStep } from "../steps/delete-bazaar-event"

export type DeleteBazaarEventWorkflowInput = { id: string }

export const deleteBazaarEventWorkflowId = "delete-bazaar-event"

/** Staff remove an event and its stands; the shop stops showing it at once. */
export const deleteBazaarEventWorkflow = createWorkflow(
  deleteBazaarEventWorkflowId,
  (input: DeleteBazaarEventWorkflowInput) => {
    const id = deleteBazaarEventStep(input.id)
    expireStorefrontCacheStep(["events"])
    return new WorkflowResponse(id)
  }
)
