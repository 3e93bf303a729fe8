import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { cooperativesInTurn, orderKit } from "./helpers/orders"
import { never } from "./helpers/portal"

const nextCooperative = cooperativesInTurn()
const DAY = 86_400_000

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    const kit = orderKit(api, getContainer)
    let staff: Awaited<ReturnType<typeof kit.staff>>

    /** The seeded cooperative of `line`, and its product's first category. */
    async function cooperativeOf(line: { vendor: string; handle: string }) {
      const [vendor] = await kit.graph("vendor", ["id", "commission_rate"], { handle: line.vendor })
      const [product] = await kit.graph("product", ["categories.id"], { handle: line.handle })
      return { vendor, categoryId: product.categories[0].id as string }
    }
    const setRate = (vendorId: string, body: Record<string, unknown>) =>
      api.post(`/admin/vendors/${vendorId}/commission-rates`, body, staff)
    const history = async (vendorId: string) =>
      (await api.get(`/admin/vendors/${vendorId}/commission-rates`, staff)).data

    beforeAll(async () => {
      await kit.seedMarketplace()
      staff = await kit.staff()
    })

    it("orders use the rate in force when placed: for the cooperative, then for one category", async () => {
      const line = nextCooperative()
      const { vendor, categoryId } = await cooperativeOf(line)

      // staff set 15 % for all its products, from now
      const set = await setRate(vendor.id, { rate: 15, note: "Nouvelle convention 2027" })
      expect(set.status).toBe(201)
      const first = await kit.placeOrder([line])
      expect(first.parts[0]).toMatchObject({ commission_rate: 15 })

      // a rate from next month changes nothing today
      const later = await setRate(vendor.id, {
        rate: 20,
        effective_from: new Date(Date.now() + 30 * DAY).toISOString(),
      })
      expect(later.status).toBe(201)
      const second = await kit.placeOrder([line])
      expect(second.parts[0]).toMatchObject({ commission_rate: 15 })

      // a lower rate for the product's category wins over the cooperative's
      expect((await setRate(vendor.id, { rate: 5, category_id: categoryId })).status).toBe(201)
      const third = await kit.placeOrder([line])
      expect(third.parts[0]).toMatchObject({ commission_rate: 5 })

      // parts already placed keep their rate
      const [firstAgain] = await kit.graph("vendor_order", ["commission_rate"], { id: first.parts[0].id })
      expect(Number(firstAgain.commission_rate)).toBe(15)

      const { commission_rates, rate_in_force, initial_rate } = await history(vendor.id)
      expect(Number(rate_in_force)).toBe(15)
      expect(Number(initial_rate)).toBe(Number(vendor.commission_rate))
      // newest date first, each with who set it
      expect(commission_rates.map((rate: any) => [Number(rate.rate), rate.category_id])).toEqual([
        [20, null],
        [5, categoryId],
        [15, null],
      ])
      expect(commission_rates.every((rate: any) => rate.set_by.startsWith("user_"))).toBe(true)
      expect(commission_rates[2].note).toBe("Nouvelle convention 2027")
    })

    it("refuses a rate that cannot be, with a reason, and writes nothing", async () => {
      const { vendor } = await cooperativeOf(nextCooperative())
      const cases: [Record<string, unknown>, RegExp][] = [
        [{ rate: 80 }, /rate/],
        [{ rate: -1 }, /rate/],
        [{ rate: "12" }, /rate/],
        [{ rate: 12, effective_from: new Date(Date.now() - 2 * DAY).toISOString() }, /past/],
        [{ rate: 12, effective_from: "bientôt" }, /date/],
        [{ rate: 12, category_id: "pcat_nothing" }, /does not exist/],
        [{ rate: 12, vendor_id: "vend_other" }, /vendor_id/],
      ]
      for (const [body, message] of cases) {
        const response = await setRate(vendor.id, body)
        expect([body, response.status]).toEqual([body, 400])
        expect(response.data.message).toMatch(message)
      }
      expect((await history(vendor.id)).commission_rates).toEqual([])
      // a rate dated today, as a date picker gives it, starts now
      const today = new Date().toISOString().slice(0, 10)
      expect((await setRate(vendor.id, { rate: 12, effective_from: today })).status).toBe(201)
      expect(Number((await history(vendor.id)).rate_in_force)).toBe(12)
    })

    it("is for staff only, and for a cooperative that exists", async () => {
      const { vendor } = await cooperativeOf(nextCooperative())
      const member = await kit.member(nextCooperative().vendor)
      expect(
        (await api.post(`/admin/vendors/${vendor.id}/commission-rates`, { rate: 1 }, member.as)).status
      ).toBe(401)
      expect((await api.get(`/admin/vendors/${vendor.id}/commission-rates`, never)).status).toBe(401)
      expect((await setRate("vend_unknown", { rate: 10 })).status).toBe(404)
      expect((await api.get("/admin/vendors/vend_unknown/commission-rates", staff)).status).toBe(404)
    })
  },
})
