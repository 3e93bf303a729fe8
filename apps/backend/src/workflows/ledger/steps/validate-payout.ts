import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COD_PROVIDER_ID } from "../../../modules/cod"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"

export type ValidatePayoutStepInput = {
  vendor: { id: string } | undefined
  vendor_id: string
  amount: BigNumberInput
  currency_code: string
  reference: string
}

export const validatePayoutStepId = "validate-payout"

/**
 * A payout goes to an existing cooperative, is positive, is not recorded twice (same reference), and
 * does not pay more than the cooperative is owed in that currency, cash not yet remitted apart.
 * Returns the balance before it.
 */
export const validatePayoutStep = createStep(
  validatePayoutStepId,
  async (input: ValidatePayoutStepInput, { container }) => {
    if (!input.vendor) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Vendor with id: ${input.vendor_id} was not found`)
    }
    if (!MathBN.gt(input.amount, 0)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "A payout amount must be greater than 0")
    }
    const ledger: LedgerModuleService = container.resolve(LEDGER_MODULE)
    const [duplicate] = await ledger.listPayouts(
      { vendor_id: input.vendor_id, reference: input.reference },
      { take: 1 }
    )
    if (duplicate) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Payout ${input.reference} to vendor ${input.vendor_id} is already recorded (${duplicate.id})`
      )
    }
    // cash-on-delivery earnings whose cash has not reached the centre are not payable yet
    const [owed] = await ledger.listBalances(
      { vendor_id: input.vendor_id, currency_code: input.currency_code },
      { cash_provider_id: COD_PROVIDER_ID }
    )
    const balance = owed?.balance ?? "0"
    if (MathBN.gt(input.amount, balance)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Vendor ${input.vendor_id} is owed ${balance} ${input.currency_code.toUpperCase()}: a payout of ${input.amount} is more than that`
      )
    }
    return new StepResponse(balance)
  }
)
