import type { BigNumberInput } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const retrieveRefundedPaymentStepId = "retrieve-refunded-payment"

export type RefundedPayment = {
  id: string
  currency_code: string
  refunds: {
    id: string
    amount: BigNumberInput
    raw_amount: Record<string, unknown> | null
    note: string | null
  }[]
}

/**
 * A refunded payment with its refunds, and the order it pays (through the order's payment
 * collection). `order_id` is empty for a payment outside an order: nobody to tell, nothing to charge.
 */
export const retrieveRefundedPaymentStep = createStep(
  retrieveRefundedPaymentStepId,
  async (input: { payment_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: payments } = await query.graph({
      entity: "payment",
      fields: [
        "id",
        "currency_code",
        "payment_collection_id",
        "refunds.id",
        "refunds.amount",
        "refunds.raw_amount",
        "refunds.note",
      ],
      filters: { id: input.payment_id },
    })
    const payment = payments[0]
    const { data: links } = payment?.payment_collection_id
      ? await query.graph({
          entity: "order_payment_collection",
          fields: ["order_id"],
          filters: { payment_collection_id: payment.payment_collection_id },
        })
      : { data: [] }
    return new StepResponse({
      payment: {
        id: input.payment_id,
        currency_code: payment?.currency_code ?? "",
        refunds: (payment?.refunds ?? []).filter((refund) => !!refund),
      } as unknown as RefundedPayment,
      order_id: (links[0]?.order_id as string | undefined) ?? "",
    })
  }
)
