import { describe, expect, it } from "vitest"
import { emptyEventForm, handleFromName, parseEventForm } from "./event-form"

describe("event form", () => {
  const filled = () => ({
    ...emptyEventForm(),
    handle: "bazar-mdiq",
    name: { fr: "Bazar de M'diq", ar: "", en: " M'diq bazaar " },
    address: "Marina",
    city: "M'diq",
    starts_at: "2027-06-10T10:00",
    ends_at: "2027-06-14T20:00",
    stands: [
      { vendor_id: "vend_1", stand_number: " 12 " },
      { vendor_id: "", stand_number: "" },
    ],
  })

  it("shapes the body: languages given only, stands without a cooperative dropped", () => {
    const parsed = parseEventForm(filled())
    expect("body" in parsed && parsed.body).toMatchObject({
      name: { fr: "Bazar de M'diq", en: "M'diq bazaar" },
      description: null,
      map_url: null,
      stands: [{ vendor_id: "vend_1", stand_number: "12" }],
    })
  })

  it("names what to fix", () => {
    const form = filled()
    form.ends_at = "2027-06-01T10:00"
    form.stands = [
      { vendor_id: "vend_1", stand_number: "3" },
      { vendor_id: "vend_2", stand_number: "3" },
    ]
    const parsed = parseEventForm(form)
    expect("errors" in parsed && parsed.errors).toEqual({
      ends_at: "The event cannot end before it starts",
      stands: "Each stand number can be given once",
    })
  })

  it("makes a handle from a French name", () => {
    expect(handleFromName("Bazar de la Marina, M'diq 2027 — été")).toBe("bazar-de-la-marina-m-diq-2027-ete")
  })
})
