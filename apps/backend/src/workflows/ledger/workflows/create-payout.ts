import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { sendNotificationsSafelyStep } from "../../common/steps/send-notifications-safely"
import { payoutRecordedNotifications, type RecordedPayout } from "../payout-notifications"
import { createPayoutStep } from "../steps/create-payout"
import { validatePayoutStep } from "../steps/validate-payout"

export const createPayoutWorkflowId = "create-payout"

export type CreatePayoutWorkflowInput = {
  vendor_id: string
  amount: number
  currency_code: string
  paid_at: Date
  reference: string
  method: "bank_transfer" | "cash"
  proof_url?: string | null
  note?: string | null
  recorded_by?: string | null
}

/** Staff record money paid to a cooperative (bank transfer to its RIB, or cash at the centre). */
export const createPayoutWorkflow = createWorkflow(
  createPayoutWorkflowId,
  (input: CreatePayoutWorkflowInput) => {
    // two staff members paying the same cooperative at once must not both pass the balance check
    const lockKey = transform({ input }, ({ input }) => `payout:${input.vendor_id}`)
    acquireLockStep({ key: lockKey, timeout: 10, ttl: 30 })
    const { data: vendors } = useQueryGraphStep({
      entity: "vendor",
      fields: ["id", "rib", "name", "members.email"],
      filters: { id: input.vendor_id },
    })
    const vendor = transform({ vendors }, ({ vendors }) => vendors[0])
    validatePayoutStep({
      vendor,
      vendor_id: input.vendor_id,
      amount: input.amount,
      currency_code: input.currency_code,
      reference: input.reference,
    })
    const data = transform({ input, vendor }, ({ input, vendor }) => ({ ...input, rib: vendor?.rib ?? null }))
    const payout = createPayoutStep(data)
    releaseLockStep({ key: lockKey })
    // the members learn of it; a failed send never undoes the payout
    const notifications = transform({ vendor, payout }, ({ vendor, payout }) =>
      payoutRecordedNotifications(vendor, payout as unknown as RecordedPayout)
    )
    sendNotificationsSafelyStep(notifications)
    return new WorkflowResponse(payout)
  }
)
