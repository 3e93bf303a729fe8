import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createCommissionRateStep } from "../steps/create-commission-rate"
import { validateCommissionRateStep } from "../steps/validate-commission-rate"

export type SetCommissionRateWorkflowInput = {
  vendor_id: string
  rate: number
  category_id?: string | null
  /** when it starts; now when not given */
  effective_from?: Date | string
  note?: string | null
  set_by: string
}

export const setCommissionRateWorkflowId = "set-commission-rate"

/**
 * Staff set a cooperative's commission rate from a date, for all its products or one category. Orders
 * and stand sales placed from that date use it; those placed before keep the rate they were placed at.
 */
export const setCommissionRateWorkflow = createWorkflow(
  setCommissionRateWorkflowId,
  (input: SetCommissionRateWorkflowInput) => {
    const record = transform({ input }, ({ input }) => ({
      vendor_id: input.vendor_id,
      rate: input.rate,
      category_id: input.category_id ?? null,
      effective_from: input.effective_from ?? new Date(),
      set_by: input.set_by,
      note: input.note ?? null,
    }))
    validateCommissionRateStep(record)
    const rate = createCommissionRateStep(record)
    emitEventStep({ eventName: "vendor.commission_rate_set", data: { id: input.vendor_id } })
    return new WorkflowResponse(rate)
  }
)
