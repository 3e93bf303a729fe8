import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { resendOnce } from "../../../lib/messages/resend-once"

export const resendNotificationStepId = "resend-notification"

export type ResendNotificationInput = { id: string }

/**
 * Sends one stored message again at staff's request; refused when it was already sent, so a double
 * click sends it once. No compensation: a message that went out cannot be called back.
 */
export const resendNotificationStep = createStep(
  resendNotificationStepId,
  async (input: ResendNotificationInput, { container }) => {
    const tried = await resendOnce(container, input.id)
    if (!tried) {
      throw new MedusaError(MedusaError.Types.CONFLICT, `Notification ${input.id} was already sent`)
    }
    return new StepResponse({ id: input.id })
  }
)
