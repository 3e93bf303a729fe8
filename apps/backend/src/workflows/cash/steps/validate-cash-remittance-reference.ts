import { ERROR_CODES } from "@bazaar/contracts"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"

export const validateCashRemittanceReferenceStepId = "validate-cash-remittance-reference"

/** Refuses a remittance whose reference, or statement content, is already recorded (imported twice): 422,
 * with a message naming it (Medusa answers every 409 with one generic message). */
export const validateCashRemittanceReferenceStep = createStep(
  validateCashRemittanceReferenceStepId,
  async (input: { reference: string; digest?: string | null }, { container }) => {
    const ledger: LedgerModuleService = container.resolve(LEDGER_MODULE)
    const [existing] = await ledger.listCashRemittances({ reference: input.reference }, { take: 1 })
    if (existing) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `Cash remittance ${input.reference} is already recorded (${existing.id})`,
        ERROR_CODES.already_exists
      )
    }
    const [sameFile] = input.digest
      ? await ledger.listCashRemittances({ digest: input.digest }, { take: 1 })
      : []
    if (sameFile) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `This statement is already imported as ${sameFile.reference} (${sameFile.id})`,
        ERROR_CODES.already_exists
      )
    }
  }
)
