import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type { LedgerEntryInput } from "../../../modules/ledger/ledger-inputs"
import type LedgerModuleService from "../../../modules/ledger/service"

export const createLedgerEntriesStepId = "create-ledger-entries"

/**
 * Writes ledger entries once per reference: an entry whose reference is already there (a retry, a
 * replayed event) is skipped, and the unique index stops a concurrent duplicate.
 */
export const createLedgerEntriesStep = createStep(
  createLedgerEntriesStepId,
  async (entries: LedgerEntryInput[], { container }) => {
    if (!entries.length) {
      return new StepResponse([], [])
    }
    const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
    const existing = await ledger.listLedgerEntries(
      { reference: entries.map((entry) => entry.reference) },
      { select: ["reference"] }
    )
    const known = new Set(existing.map((entry) => entry.reference))
    const fresh = entries.filter((entry) => !known.has(entry.reference))
    const created = fresh.length ? await ledger.createLedgerEntries(fresh) : []
    return new StepResponse(
      created,
      created.map((entry) => entry.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const ledger: LedgerModuleService = container.resolve(LEDGER_MODULE)
    await ledger.deleteLedgerEntries(ids)
  }
)
