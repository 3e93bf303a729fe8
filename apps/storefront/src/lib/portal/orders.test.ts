import { describe, expect, it } from "vitest"
import { VENDOR_ORDER_STATUSES } from "@/lib/types/custom-routes"
import {
  isCashOnDelivery,
  itemsCount,
  ORDER_STATUS_LABEL_KEYS,
  orderActions,
  orderNumber,
  parseOrderDone,
  parseOrderStatus,
  parsePickupCode,
  parseShipForm,
  retryWait,
  shopperName,
  standPickup,
  telHref,
} from "./orders"

const bazaar = {
  id: "evt_1",
  name: "Bazar solidaire de Rabat",
  starts_at: "2027-07-10T09:00:00Z",
  ends_at: "2027-07-12T18:00:00Z",
}

describe("order statuses", () => {
  it("names every status, and calls a waiting parcel 'to ship'", () => {
    expect(VENDOR_ORDER_STATUSES.map((status) => ORDER_STATUS_LABEL_KEYS[status])).toEqual([
      "toShip",
      "shipped",
      "delivered",
      "canceled",
      "refused",
    ])
  })

  it("confirms only the actions it knows", () => {
    expect(parseOrderDone("refused")).toBe("refused")
    expect(parseOrderDone("lost")).toBeUndefined()
  })

  it("reads the status filter leniently", () => {
    expect(parseOrderStatus("shipped")).toBe("shipped")
    expect(parseOrderStatus(["delivered", "pending"])).toBe("delivered")
    expect(parseOrderStatus("lost")).toBeUndefined()
    expect(parseOrderStatus(undefined)).toBeUndefined()
  })

  it("offers ship then deliver, and nothing once delivered or canceled", () => {
    const none = { ship: false, deliver: false, pickUp: false, refuse: false, cancel: false }
    expect(orderActions({ status: "pending" })).toEqual({ ...none, ship: true, deliver: true, cancel: true })
    expect(orderActions({ status: "shipped" })).toEqual({ ...none, deliver: true, refuse: true })
    expect(orderActions({ status: "delivered" })).toEqual(none)
    expect(orderActions({ status: "canceled" })).toEqual(none)
    expect(orderActions({ status: "refused" })).toEqual(none)
  })

  it("hands a part collected at the stand over against the shopper's code, instead of shipping it", () => {
    const none = { ship: false, deliver: false, pickUp: false, refuse: false, cancel: false }
    const atStand = { pickup_stand_number: "12", pickup_event: bazaar }
    expect(orderActions({ status: "pending", ...atStand })).toEqual({ ...none, pickUp: true, cancel: true })
    expect(orderActions({ status: "delivered", ...atStand })).toEqual(none)
    expect(orderActions({ status: "pending", pickup_stand_number: null, pickup_event: null }).pickUp).toBe(
      false
    )
  })
})

describe("pick-up at the stand", () => {
  it("knows a part collected at a stand, and where", () => {
    expect(standPickup({ pickup_stand_number: "12", pickup_event: bazaar })).toEqual({
      stand: "12",
      event: bazaar,
    })
    expect(standPickup({ pickup_stand_number: null, pickup_event: null })).toBeNull()
    expect(standPickup({})).toBeNull()
  })

  it("reads the code as the member types it, six digits or nothing", () => {
    expect(parsePickupCode("042917")).toBe("042917")
    expect(parsePickupCode(" 042 917 ")).toBe("042917")
    expect(parsePickupCode("42917")).toBeNull()
    expect(parsePickupCode("04291a")).toBeNull()
    expect(parsePickupCode("٠٤٢٩١٧")).toBe("042917")
    expect(parsePickupCode(undefined)).toBeNull()
  })

  it("says how long to wait in whole minutes, in the member's language", () => {
    expect(retryWait(900, "fr-FR")).toBe("15 minutes")
    expect(retryWait(30, "en-GB")).toBe("1 minute")
    expect(retryWait(61, "en-GB")).toBe("2 minutes")
    expect(retryWait(300, "ar-MA")).toBe("5 دقائق")
  })
})

describe("order details", () => {
  it("tells cash on delivery from card", () => {
    expect(isCashOnDelivery({ payment_provider_id: "pp_cod_cod" })).toBe(true)
    expect(isCashOnDelivery({ payment_provider_id: "pp_stripe_stripe" })).toBe(false)
    expect(isCashOnDelivery({ payment_provider_id: null })).toBe(false)
  })

  it("counts pieces, not lines", () => {
    const item = { id: "i", title: "t", unit_price: 1, total: 1 }
    expect(
      itemsCount({
        items: [
          { ...item, quantity: 3 },
          { ...item, quantity: 1 },
        ],
      })
    ).toBe(4)
    expect(itemsCount({ items: [] })).toBe(0)
  })

  it("shows the order number shoppers know", () => {
    expect(orderNumber({ id: "vord_1", display_id: 1042 })).toBe("#1042")
    expect(orderNumber({ id: "vord_1", display_id: null })).toBe("vord_1")
  })

  it("writes the shopper's name and a dialable phone", () => {
    expect(shopperName({ first_name: "Amina", last_name: "El Idrissi" })).toBe("Amina El Idrissi")
    expect(shopperName({ first_name: "Amina" })).toBe("Amina")
    expect(shopperName(null)).toBe("")
    expect(telHref("+212 6 12.34-56 78")).toBe("tel:+212612345678")
  })
})

describe("parseShipForm", () => {
  const form = (values: Record<string, string>) => {
    const data = new FormData()
    for (const [name, value] of Object.entries(values)) {
      data.set(name, value)
    }
    return data
  }

  it("keeps the carrier and tracking number, trimmed, and drops empty ones", () => {
    expect(parseShipForm(form({ carrier: " Amana ", tracking_number: "CP123MA" }))).toEqual({
      ok: true,
      data: { carrier: "Amana", tracking_number: "CP123MA" },
    })
    expect(parseShipForm(form({ carrier: "", tracking_number: "  " }))).toEqual({ ok: true, data: {} })
  })

  it("refuses a text longer than the backend accepts", () => {
    expect(parseShipForm(form({ tracking_number: "x".repeat(101) }))).toEqual({
      ok: false,
      fieldErrors: { tracking_number: "tooLong" },
    })
  })
})
