import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { invalidReturnLines, returnDeadline, type ReturnLine } from "../return-rules"

export type NewReturnRequestCheck = {
  customer_id: string
  order_customer_id: string | null
  part: { id: string; status: string; delivered_at: Date | string | null; items: ReturnLine[] }
  window_days: number
  requests: { status: string; items: unknown }[]
  lines: ReturnLine[]
  /** why a cash order's return must wait (./return-rules.ts cashOrderNotSettled), or null */
  not_settled: string | null
  now?: Date
}

export const validateNewReturnRequestStepId = "validate-new-return-request"

/**
 * A shopper may ask back items of her own delivered parcel, within the region's window, and no more
 * than she bought and has not already asked back. Someone else's order is a 404, like an unknown one.
 */
export const validateNewReturnRequestStep = createStep(
  validateNewReturnRequestStepId,
  async (input: NewReturnRequestCheck) => {
    if (!input.order_customer_id || input.order_customer_id !== input.customer_id) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Parcel ${input.part.id} was not found`)
    }
    if (input.part.status !== "delivered") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "Only a delivered parcel can be returned: this one has not been delivered yet, or was canceled"
      )
    }
    const deadline = returnDeadline(input.part.delivered_at, input.window_days)
    if (!deadline || deadline.getTime() < (input.now ?? new Date()).getTime()) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `The return window closed on ${deadline?.toISOString().slice(0, 10)}: returns are accepted for ${input.window_days} days after delivery`
      )
    }
    if (input.not_settled) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, input.not_settled)
    }
    const invalid = invalidReturnLines(input.part.items, input.requests, input.lines)
    if (invalid) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, invalid)
    }
  }
)
