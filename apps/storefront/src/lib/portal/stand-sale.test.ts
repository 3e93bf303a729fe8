import { describe, expect, it } from "vitest"
import { draftTotal, keepsQueued, newSaleKey } from "./stand-sale"
import { IDEMPOTENCY_KEY } from "./draft"

describe("stand sale on the phone", () => {
  it("totals to the cent without float drift", () => {
    expect(
      draftTotal({
        items: [
          { variant_id: "v1", quantity: 3, label: "Amlou", unit_price: 0.1 },
          { variant_id: "v2", quantity: 1, label: "Miel", unit_price: 0.2 },
        ],
      })
    ).toBe(0.5)
  })

  it("keeps a sale queued only when a later try can succeed", () => {
    expect(keepsQueued({ ok: false, error: "unavailable" })).toBe(true)
    expect(keepsQueued({ ok: false, error: "sessionExpired" })).toBe(true)
    expect(keepsQueued({ ok: false, error: "outOfStock" })).toBe(false)
    expect(keepsQueued({ ok: true, id: "stsale_1", total: 10, currency_code: "mad" })).toBe(false)
  })

  it("makes keys the backend accepts as Idempotency-Key", () => {
    expect(newSaleKey()).toMatch(IDEMPOTENCY_KEY)
  })
})
