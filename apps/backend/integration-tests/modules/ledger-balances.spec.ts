import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { resolve } from "node:path"
import { LEDGER_MODULE } from "../../src/modules/ledger"
import type LedgerModuleService from "../../src/modules/ledger/service"

const COD = "pp_cod_cod"

let counter = 0
const entry = (vendor_id: string, currency_code: string, amount: number | string) => ({
  vendor_id,
  currency_code,
  amount,
  type: "sale" as const,
  reference: `sale:${++counter}`,
})
const payout = (vendor_id: string, currency_code: string, amount: number | string) => ({
  vendor_id,
  currency_code,
  amount,
  paid_at: new Date("2026-11-30T10:00:00.000Z"),
  reference: `VIR-${++counter}`,
  method: "bank_transfer" as const,
})
const part = (
  vendor_id: string,
  currency_code: string,
  status: "pending" | "shipped" | "delivered" | "canceled",
  vendor_amount: number | string,
  payment_provider_id: string
) => ({
  order_id: `order_${++counter}`,
  vendor_id,
  currency_code,
  status,
  payment_provider_id,
  item_total: vendor_amount,
  shipping_total: 0,
  total: vendor_amount,
  commission_rate: 0,
  commission_amount: 0,
  vendor_amount,
})

moduleIntegrationTestRunner<LedgerModuleService>({
  moduleName: LEDGER_MODULE,
  resolve: resolve(__dirname, "../../src/modules/ledger"),
  testSuite: ({ service }) => {
    describe("listBalances", () => {
      it("sums per cooperative and currency without float drift", async () => {
        await service.createLedgerEntries([
          entry("v1", "mad", 0.1),
          entry("v1", "mad", 0.2),
          entry("v1", "mad", -0.05),
          entry("v1", "eur", 10),
          entry("v2", "mad", 5),
        ])
        await service.createPayouts([payout("v1", "mad", 0.15)])
        const balances = await service.listBalances()
        expect(balances).toEqual([
          expect.objectContaining({
            vendor_id: "v1",
            currency_code: "eur",
            earned: "10",
            paid: "0",
            balance: "10",
          }),
          expect.objectContaining({
            vendor_id: "v1",
            currency_code: "mad",
            earned: "0.25",
            paid: "0.15",
            balance: "0.1",
            movements: 4,
          }),
          expect.objectContaining({
            vendor_id: "v2",
            currency_code: "mad",
            earned: "5",
            paid: "0",
            balance: "5",
          }),
        ])
        const [owed] = await service.listBalances({ vendor_id: "v1", currency_code: "mad" })
        expect(owed.balance).toBe("0.1")
        expect(await service.listBalances({ vendor_id: "v3", currency_code: "mad" })).toEqual([])
        expect((await service.listBalances({ vendor_id: ["v2", "v3"] })).map((row) => row.vendor_id)).toEqual(
          ["v2"]
        )
        expect(await service.listBalances({ vendor_id: [] })).toEqual([])
      })

      it("keeps exact amounts beyond what a JS number holds", async () => {
        await service.createLedgerEntries([
          entry("v1", "mad", "12345678901234567.01"),
          entry("v1", "mad", "0.02"),
        ])
        const [row] = await service.listBalances({ vendor_id: "v1" })
        expect(row.earned).toBe("12345678901234567.03")
      })

      it("leaves out deleted entries and payouts", async () => {
        const [kept, deleted] = await service.createLedgerEntries([
          entry("v1", "mad", 10),
          entry("v1", "mad", 99),
        ])
        const [gone] = await service.createPayouts([payout("v1", "mad", 4)])
        await service.softDeleteLedgerEntries([deleted.id])
        await service.softDeletePayouts([gone.id])
        expect(kept.id).toBeDefined()
        expect(await service.listBalances({ vendor_id: "v1" })).toEqual([
          expect.objectContaining({ earned: "10", paid: "0", balance: "10", movements: 1 }),
        ])
      })

      it("sums open parts apart, cash apart, without float drift", async () => {
        await service.createVendorOrders([
          part("v1", "mad", "pending", 0.1, COD),
          part("v1", "mad", "shipped", 0.2, "pp_stripe_stripe"),
          part("v1", "mad", "delivered", 100, COD),
          part("v1", "mad", "canceled", 50, COD),
          part("v2", "eur", "pending", "12.5", COD),
        ])
        expect(await service.listBalances({}, { cash_provider_id: COD })).toEqual([
          {
            vendor_id: "v1",
            currency_code: "mad",
            earned: "0",
            paid: "0",
            balance: "0",
            awaiting_remittance: "0",
            pending: "0.3",
            pending_cash: "0.1",
            movements: 0,
            open_orders: 2,
          },
          {
            vendor_id: "v2",
            currency_code: "eur",
            earned: "0",
            paid: "0",
            balance: "0",
            awaiting_remittance: "0",
            pending: "12.5",
            pending_cash: "12.5",
            movements: 0,
            open_orders: 1,
          },
        ])
        // without a cash provider nothing is counted as cash
        expect((await service.listBalances({ vendor_id: "v2" }))[0].pending_cash).toBe("0")
      })

      it("puts balances and pending side by side, one row per cooperative and currency with either", async () => {
        await service.createLedgerEntries([entry("v1", "mad", 90)])
        await service.createPayouts([payout("v1", "mad", 40)])
        await service.createVendorOrders([
          part("v1", "mad", "pending", 30, COD),
          part("v2", "mad", "shipped", 12, "pp_stripe_stripe"),
        ])
        expect(await service.listBalances({}, { cash_provider_id: COD })).toEqual([
          {
            vendor_id: "v1",
            currency_code: "mad",
            earned: "90",
            paid: "40",
            balance: "50",
            awaiting_remittance: "0",
            pending: "30",
            pending_cash: "30",
            movements: 2,
            open_orders: 1,
          },
          {
            vendor_id: "v2",
            currency_code: "mad",
            earned: "0",
            paid: "0",
            balance: "0",
            awaiting_remittance: "0",
            pending: "12",
            pending_cash: "0",
            movements: 0,
            open_orders: 1,
          },
        ])
      })
      it("keeps what cash parts earned out of the balance until their cash reaches the centre", async () => {
        const [cash, shortOne, card] = await service.createVendorOrders([
          { ...part("v1", "mad", "delivered", 90, COD), total: 100 },
          { ...part("v1", "mad", "delivered", 45, COD), total: 50 },
          part("v1", "mad", "delivered", 20, "pp_stripe_stripe"),
        ])
        await service.createLedgerEntries([
          { ...entry("v1", "mad", 90), vendor_order_id: cash.id },
          { ...entry("v1", "mad", 45), vendor_order_id: shortOne.id },
          { ...entry("v1", "mad", 20), vendor_order_id: card.id },
        ])
        const [before] = await service.listBalances({ vendor_id: "v1" }, { cash_provider_id: COD })
        expect(before).toMatchObject({ earned: "155", awaiting_remittance: "135", balance: "20" })
        const line = (vendor_order_id: string | null, amount: string, fees: string) => ({
          vendor_order_id,
          vendor_id: vendor_order_id ? "v1" : null,
          tracking_number: null,
          line_number: null,
          amount,
          fees,
          match_status: "matched" as const,
        })
        await service.createCashRemittances({
          source: "carrier_statement",
          reference: "REL-1",
          received_at: new Date("2026-12-01"),
          currency_code: "mad",
          total: "119.9",
          fees: "20.1",
          lines: [line(cash.id, "85.9", "14.1"), line(shortOne.id, "30", "6"), line(null, "4", "0")],
        })
        const [after] = await service.listBalances({ vendor_id: "v1" }, { cash_provider_id: COD })
        expect(after).toMatchObject({ earned: "155", awaiting_remittance: "45", balance: "110" })
        expect(
          (await service.listCashStatuses([cash.id, shortOne.id])).sort((a, b) =>
            a.remitted.localeCompare(b.remitted)
          )
        ).toEqual([
          expect.objectContaining({ vendor_order_id: cash.id, cash_status: "remitted", remitted: "100" }),
          expect.objectContaining({ vendor_order_id: shortOne.id, cash_status: "short", remitted: "36" }),
        ])
        const mismatches = await service.listCashMismatches({ cash_provider_id: COD })
        expect(mismatches.missing).toEqual([])
        expect(mismatches.short).toEqual([
          expect.objectContaining({ vendor_order_id: shortOne.id, total: "50", remitted: "36" }),
        ])
        expect(mismatches.unknown).toEqual([expect.objectContaining({ reference: "REL-1", amount: "4" })])
      })
    })
  },
})
