import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { orderKit, stockedProductPerVendor } from "./helpers/orders"
import { never } from "./helpers/portal"

// one well-stocked seed product per cooperative: each test buys from cooperatives no other test used
const stocked = stockedProductPerVendor()
let nextCooperative = 0
function freshCooperative() {
  const cooperative = stocked[nextCooperative++]
  if (!cooperative) {
    throw new Error("The demo data has no stocked cooperative left for another test")
  }
  return cooperative
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    const kit = orderKit(api, getContainer)
    let staff: { headers: Record<string, string>; validateStatus: () => boolean }

    /** A cash-on-delivery order of one unit from each given cooperative; returns its parts by cooperative. */
    async function placeCodOrder(lines: { vendor: string; handle: string; sku: string }[]) {
      const { order } = await kit.placeOrder(lines)
      return kit.graph("vendor_order", ["id", "vendor_id", "total", "vendor_amount", "commission_amount"], {
        order_id: order.id,
      })
    }

    /** A member login for a seeded cooperative: its bearer config and the cooperative. */
    async function memberOf(vendorHandle: string) {
      const member = await kit.member(vendorHandle)
      return { token: member.as, vendor: member.vendor }
    }

    async function shipAndDeliver(member: { token: any }, partId: string, tracking?: string) {
      if (tracking) {
        const shipped = await api.post(
          `/vendor/orders/${partId}/ship`,
          { tracking_number: tracking, carrier: "Amana" },
          member.token
        )
        expect(shipped.status, JSON.stringify(shipped.data)).toBe(200)
      }
      expect((await api.post(`/vendor/orders/${partId}/deliver`, {}, member.token)).status).toBe(200)
    }

    async function balanceOf(vendorId: string) {
      const { data } = await api.get(`/admin/ledger/balances?vendor_id=${vendorId}`, staff)
      return data.balances[0]
    }

    beforeAll(async () => {
      await kit.seedMarketplace()
      staff = await kit.staff()
    })

    it("matches a courier statement to parcels, lists its one mismatch, and imports it once", async () => {
      const [a, b, c] = [freshCooperative(), freshCooperative(), freshCooperative()]
      const parts = await placeCodOrder([a, b, c])
      const [memberA, memberB, memberC] = [
        await memberOf(a.vendor),
        await memberOf(b.vendor),
        await memberOf(c.vendor),
      ]
      const partOf = (member: { vendor: { id: string } }) =>
        parts.find((part) => part.vendor_id === member.vendor.id)
      const [partA, partB, partC] = [partOf(memberA), partOf(memberB), partOf(memberC)]
      const stamp = Date.now()
      await shipAndDeliver(memberA, partA.id, `AMANA-A-${stamp}`)
      await shipAndDeliver(memberB, partB.id, `AMANA-B-${stamp}`)
      // C is shipped, not delivered yet: the courier's statement may come first
      expect(
        (
          await api.post(
            `/vendor/orders/${partC.id}/ship`,
            { tracking_number: `AMANA-C-${stamp}`, carrier: "Amana" },
            memberC.token
          )
        ).status
      ).toBe(200)

      // delivered with cash collected, but the cash is with the courier: earned, not payable
      expect(await balanceOf(memberA.vendor.id)).toMatchObject({
        earned: partA.vendor_amount,
        awaiting_remittance: partA.vendor_amount,
        balance: 0,
      })
      const missing = (await api.get("/admin/cash-remittances/mismatches", staff)).data.missing
      expect(missing.map((row: any) => row.vendor_order_id)).toEqual(
        expect.arrayContaining([partA.id, partB.id])
      )
      expect(missing.map((row: any) => row.vendor_order_id)).not.toContain(partC.id)

      const csv = [
        "N° colis;Montant;Frais",
        `amana-a-${stamp};${(partA.total - 15).toFixed(2).replace(".", ",")};15,00`,
        `AMANA-C-${stamp};${partC.total - 20};20`,
        `AMANA-ZZ-${stamp};99;0`,
      ].join("\r\n")
      const statement = { carrier: "Amana", reference: `AMANA-REL-${stamp}`, received_at: "2026-12-03", csv }

      // a bad line is named, and nothing is recorded
      const bad = await api.post(
        "/admin/cash-remittances/import",
        { ...statement, csv: `${csv}\r\nAMANA-Y-${stamp};douze;0` },
        staff
      )
      expect(bad.status).toBe(400)
      expect(bad.data.message).toMatch(/^Line 5: amount "douze"/)
      expect(
        (await api.post("/admin/cash-remittances/import", { ...statement, csv: "a,b\n1,2" }, staff)).status
      ).toBe(400)
      expect(
        (await api.post("/admin/cash-remittances/import", { ...statement, carrier: "" }, staff)).status
      ).toBe(400)
      expect((await api.post("/admin/cash-remittances/import", statement, never)).status).toBe(401)
      expect((await api.post("/admin/cash-remittances/import", statement, memberA.token)).status).toBe(401)

      // sent twice at once: recorded once
      const [first, second] = await Promise.all([
        api.post("/admin/cash-remittances/import", statement, staff),
        api.post("/admin/cash-remittances/import", statement, staff),
      ])
      // the second waits for the first's lock, then finds the statement there (or gives up waiting: 409)
      expect([first.status, second.status].sort()).toEqual([201, expect.toBeOneOf([409, 422])])
      const created = first.status === 201 ? first.data.cash_remittance : second.data.cash_remittance
      expect(created).toMatchObject({
        source: "carrier_statement",
        carrier: "Amana",
        reference: statement.reference,
      })
      expect(
        created.lines
          .sort((x: any, y: any) => x.line_number - y.line_number)
          .map((line: any) => [line.line_number, line.vendor_order_id, line.match_status])
      ).toEqual([
        [2, partA.id, "matched"],
        [3, partC.id, "matched"],
        [4, null, "unknown"],
      ])
      const twice = await api.post("/admin/cash-remittances/import", statement, staff)
      expect(twice.status).toBe(422)
      expect(twice.data).toMatchObject({
        code: "already_exists",
        message: expect.stringMatching(/already recorded/),
      })
      // the same file again under another reference, or none: still once
      const again = await api.post(
        "/admin/cash-remittances/import",
        { ...statement, reference: "OTHER" },
        staff
      )
      expect(again.status).toBe(422)
      expect(again.data.message).toMatch(/already imported as AMANA-REL/)
      const { reference: _reference, ...unnamed } = statement
      expect((await api.post("/admin/cash-remittances/import", unnamed, staff)).status).toBe(422)
      expect(await kit.graph("cash_remittance", ["id"], { reference: statement.reference })).toHaveLength(1)

      // A's cash reached the centre: payable; B's did not
      expect(await balanceOf(memberA.vendor.id)).toMatchObject({
        awaiting_remittance: 0,
        balance: partA.vendor_amount,
      })
      expect(await balanceOf(memberB.vendor.id)).toMatchObject({
        awaiting_remittance: partB.vendor_amount,
        balance: 0,
      })

      const mismatches = (await api.get("/admin/cash-remittances/mismatches", staff)).data
      const missingIds = mismatches.missing.map((row: any) => row.vendor_order_id)
      expect(missingIds).toContain(partB.id)
      expect(missingIds).not.toContain(partA.id)
      expect(mismatches.unknown.filter((row: any) => row.reference === statement.reference)).toEqual([
        expect.objectContaining({ tracking_number: `AMANA-ZZ-${stamp}`, amount: 99, line_number: 4 }),
      ])
      expect((await api.get("/admin/cash-remittances/mismatches", never)).status).toBe(401)
      expect((await api.get("/admin/cash-remittances/mismatches?x=1", staff)).status).toBe(400)

      const list = await api.get("/admin/cash-remittances?source=carrier_statement", staff)
      expect(list.status).toBe(200)
      expect(list.data.cash_remittances.map((row: any) => row.reference)).toContain(statement.reference)

      // each member sees her own parcels' cash, never another cooperative's
      const ledgerA = (await api.get("/vendor/ledger", memberA.token)).data
      expect(ledgerA.cash_parcels).toEqual([
        expect.objectContaining({
          vendor_order_id: partA.id,
          cash_status: "remitted",
          remitted: partA.total,
        }),
      ])
      expect(ledgerA.balances[0]).toMatchObject({ balance: partA.vendor_amount, awaiting_remittance: 0 })
      const ledgerB = (await api.get("/vendor/ledger", memberB.token)).data
      expect(ledgerB.cash_parcels).toEqual([
        expect.objectContaining({ vendor_order_id: partB.id, cash_status: "awaiting", remitted: 0 }),
      ])
      expect(ledgerB.balances[0]).toMatchObject({ balance: 0, awaiting_remittance: partB.vendor_amount })
      // another cooperative's part stays out of reach
      expect((await api.get(`/vendor/orders/${partA.id}`, memberB.token)).status).toBe(404)
    })

    it("pays out no more than the cash that reached the centre; counts cash at the centre and kept cash", async () => {
      const a = freshCooperative()
      const [part] = await placeCodOrder([a])
      const [second] = await placeCodOrder([a])
      const member = await memberOf(a.vendor)
      await shipAndDeliver(member, part.id)
      const payout = {
        vendor_id: member.vendor.id,
        amount: 1,
        currency_code: "mad",
        paid_at: "2026-12-03",
        reference: `VIR-${Date.now()}`,
        method: "bank_transfer",
      }
      const refused = await api.post("/admin/payouts", payout, staff)
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/owed 0 MAD/)

      const counted = {
        source: "counted_at_centre",
        reference: `CAISSE-${Date.now()}`,
        received_at: "2026-12-03",
        parts: [{ vendor_order_id: part.id, amount: 50 }],
      }
      // only delivered or shipped cash parts, known ones, once
      expect(
        (
          await api.post(
            "/admin/cash-remittances",
            { ...counted, reference: "X1", parts: [{ vendor_order_id: second.id }] },
            staff
          )
        ).status
      ).toBe(400)
      expect(
        (
          await api.post(
            "/admin/cash-remittances",
            { ...counted, reference: "X2", parts: [{ vendor_order_id: "vord_nope" }] },
            staff
          )
        ).status
      ).toBe(404)
      expect(
        (
          await api.post(
            "/admin/cash-remittances",
            { ...counted, reference: "X3", parts: [{ vendor_order_id: part.id, amount: part.total + 1 }] },
            staff
          )
        ).status
      ).toBe(400)

      // some of the cash: the part stays short and nothing is payable
      const firstCount = await api.post("/admin/cash-remittances", counted, staff)
      expect(firstCount.status, JSON.stringify(firstCount.data)).toBe(201)
      expect(firstCount.data.cash_remittance.lines).toEqual([
        expect.objectContaining({ vendor_order_id: part.id, amount: 50, match_status: "short" }),
      ])
      expect((await api.post("/admin/cash-remittances", counted, staff)).status).toBe(422)
      const short = (await api.get("/admin/cash-remittances/mismatches", staff)).data.short
      expect(short).toContainEqual(
        expect.objectContaining({
          vendor_order_id: part.id,
          remitted: 50,
          lacking: Number((part.total - 50).toFixed(2)),
        })
      )
      expect((await api.post("/admin/payouts", payout, staff)).status).toBe(400)

      // the rest of it: the part's earning is payable, and not a cent more
      const rest = await api.post(
        "/admin/cash-remittances",
        { ...counted, reference: `${counted.reference}-2`, parts: [{ vendor_order_id: part.id }] },
        staff
      )
      expect(rest.status).toBe(201)
      expect(rest.data.cash_remittance.lines[0].match_status).toBe("matched")
      expect(
        (
          await api.post(
            "/admin/cash-remittances",
            { ...counted, reference: `${counted.reference}-3` },
            staff
          )
        ).status
      ).toBe(422)
      const tooMuch = await api.post(
        "/admin/payouts",
        { ...payout, amount: Number((part.vendor_amount + 0.01).toFixed(2)) },
        staff
      )
      expect(tooMuch.status).toBe(400)
      expect(
        (await api.post("/admin/payouts", { ...payout, amount: part.vendor_amount }, staff)).status
      ).toBe(201)

      // the cooperative delivered the second parcel itself and kept the cash: it owes the commission
      await shipAndDeliver(member, second.id)
      const kept = await api.post(
        "/admin/cash-remittances",
        {
          source: "kept_by_cooperative",
          reference: `GARDE-${Date.now()}`,
          received_at: "2026-12-03",
          parts: [{ vendor_order_id: second.id }],
        },
        staff
      )
      expect(kept.status, JSON.stringify(kept.data)).toBe(201)
      expect(kept.data.cash_remittance.lines[0]).toMatchObject({
        amount: second.total,
        match_status: "matched",
      })
      const owes = await balanceOf(member.vendor.id)
      expect(owes).toMatchObject({
        awaiting_remittance: 0,
        balance: -second.commission_amount,
      })
      const ledger = (await api.get("/vendor/ledger", member.token)).data
      expect(ledger.entries).toContainEqual(
        expect.objectContaining({ type: "adjustment", amount: -second.total, vendor_order_id: second.id })
      )
      expect(ledger.cash_parcels.find((row: any) => row.vendor_order_id === second.id).cash_status).toBe(
        "kept_by_cooperative"
      )
      expect(
        (await api.post("/admin/payouts", { ...payout, reference: "VIR-after", amount: 1 }, staff)).status
      ).toBe(400)
    })
  },
})
