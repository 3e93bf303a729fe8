import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type { CashRemittanceInput } from "../../../modules/ledger/ledger-inputs"
import type LedgerModuleService from "../../../modules/ledger/service"

export const createCashRemittanceStepId = "create-cash-remittance"

/** Records a remittance with its lines; compensation deletes it (and its lines). */
export const createCashRemittanceStep = createStep(
  createCashRemittanceStepId,
  async (input: CashRemittanceInput, { container }) => {
    const ledger: LedgerModuleService = container.resolve(LEDGER_MODULE)
    const remittance = await ledger.createCashRemittances(input)
    return new StepResponse(remittance, remittance.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const ledger: LedgerModuleService = container.resolve(LEDGER_MODULE)
    await ledger.deleteCashRemittances(id)
  }
)
