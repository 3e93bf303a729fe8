import { ERROR_CODES } from "@bazaar/contracts"
import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COD_PROVIDER_ID } from "../../../modules/cod"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"

export type PrepareCountedCashLinesStepInput = {
  source: "counted_at_centre" | "kept_by_cooperative"
  parts: { vendor_order_id: string; amount?: number }[]
  found: {
    id: string
    vendor_id: string
    order_id: string
    display_id: number | null
    status: string
    payment_provider_id: string | null
    currency_code: string
    total: BigNumberInput
    tracking_number: string | null
  }[]
}

export const prepareCountedCashLinesStepId = "prepare-counted-cash-lines"

const refuse = (type: string, message: string, code: string) => new MedusaError(type, message, code)

/**
 * Checks the parts whose cash staff counted at the centre (or a cooperative kept): cash-on-delivery
 * parts, shipped or delivered (kept: delivered), in one currency, whose cash is not all in yet.
 * Returns the remittance's lines and currency; an amount left out is what the part still lacks.
 */
export const prepareCountedCashLinesStep = createStep(
  prepareCountedCashLinesStepId,
  async (input: PrepareCountedCashLinesStepInput, { container }) => {
    const byId = new Map(input.found.map((part) => [part.id, part]))
    const ledger: LedgerModuleService = container.resolve(LEDGER_MODULE)
    const statuses = new Map(
      (await ledger.listCashStatuses(input.found.map((part) => part.id))).map((row) => [
        row.vendor_order_id,
        row,
      ])
    )
    const kept = input.source === "kept_by_cooperative"
    const lines = input.parts.map(({ vendor_order_id, amount }) => {
      const part = byId.get(vendor_order_id)
      if (!part) {
        throw refuse(
          MedusaError.Types.NOT_FOUND,
          `Vendor order ${vendor_order_id} was not found`,
          ERROR_CODES.not_found
        )
      }
      if (part.payment_provider_id !== COD_PROVIDER_ID) {
        throw refuse(
          MedusaError.Types.INVALID_DATA,
          `Vendor order ${part.id} is not paid cash on delivery: there is no cash to remit`,
          ERROR_CODES.invalid_request
        )
      }
      const allowed = kept ? ["delivered"] : ["shipped", "delivered"]
      if (!allowed.includes(part.status)) {
        throw refuse(
          MedusaError.Types.NOT_ALLOWED,
          `Vendor order ${part.id} is ${part.status}: its cash can be recorded once it is ${allowed.join(" or ")}`,
          ERROR_CODES.invalid_request
        )
      }
      const status = statuses.get(part.id)
      const remitted = status?.remitted ?? "0"
      if (status && ["remitted", "kept_by_cooperative"].includes(status.cash_status)) {
        throw refuse(
          MedusaError.Types.DUPLICATE_ERROR,
          `The cash of vendor order ${part.id} is already recorded (${status.cash_status})`,
          ERROR_CODES.already_exists
        )
      }
      if (kept && MathBN.gt(remitted, 0)) {
        throw refuse(
          MedusaError.Types.NOT_ALLOWED,
          `Part of the cash of vendor order ${part.id} already reached the centre: it was not kept by the cooperative`,
          ERROR_CODES.invalid_request
        )
      }
      const lacking = MathBN.sub(part.total, remitted)
      // a cooperative that kept the cash kept all of it
      const line = MathBN.convert(kept || amount === undefined ? lacking : amount)
      if (MathBN.gt(line, lacking)) {
        throw refuse(
          MedusaError.Types.INVALID_DATA,
          `Vendor order ${part.id} lacks ${lacking.toString()} ${part.currency_code.toUpperCase()}: ${line.toString()} is more than that`,
          ERROR_CODES.invalid_request
        )
      }
      return {
        vendor_order_id: part.id,
        vendor_id: part.vendor_id,
        tracking_number: part.tracking_number,
        line_number: null,
        amount: line.toString(),
        fees: "0",
        match_status: MathBN.gte(line, lacking) ? ("matched" as const) : ("short" as const),
        part,
      }
    })
    const currencies = [...new Set(lines.map((line) => line.part.currency_code))]
    if (currencies.length !== 1) {
      throw refuse(
        MedusaError.Types.INVALID_DATA,
        `A remittance is in one currency: these parts are in ${currencies.join(", ")}`,
        ERROR_CODES.invalid_request
      )
    }
    return new StepResponse({ currency_code: currencies[0], lines })
  }
)
