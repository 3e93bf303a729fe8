import { describe, expect, it } from "vitest"
import { MESSAGE_LOCALES, type MessageLocale } from "./layout"
import { MESSAGE_TEMPLATES } from "./render-message"
import { renderSms, SMS_ONLY_TEMPLATES, SMS_TEMPLATES } from "./render-sms"
import { isGsm7, smsSegments } from "./sms-length"

const SHOP = "https://bazar-solidaire.example"

/** Data like the producers send; the portal link as long as a real one. */
function sampleData(locale: MessageLocale): Record<string, unknown> {
  return {
    locale,
    display_id: 1042,
    url: `${SHOP}/${locale}/portal/orders/vord_01KBQ3M8Z6T0J4R2W9X5Y7N1PC`,
    items: [
      { title: "Argan Oil", variant_title: "250 ml", quantity: 2 },
      { title: "Amlou", variant_title: null, quantity: 1 },
    ],
    ship_by: "2026-12-07T10:00:00.000Z",
    cooperative: "Coopérative Tighanimine",
    code: "048213",
    carrier: "Amana",
    tracking_number: "AM123456789MA",
    total: "275.5",
    currency_code: "mad",
    stand_number: "12",
    event_name: "Bazar de M'diq",
    label: "ONSSA",
    expires_at: "2026-12-31T00:00:00.000Z",
  }
}

const ARABIC = /[\u0600-\u06FF]/

describe("SMS versions", () => {
  const names = Object.keys(SMS_TEMPLATES)

  it("exist only for messages that have an email version, or are SMS only", () => {
    expect(names.sort()).toEqual([
      "certification-expiring",
      "order-shipped",
      "phone-sign-in-code",
      "stand-pickup-code",
      "stand-sale-receipt",
      "vendor-new-order",
    ])
    for (const name of names.filter((name) => !SMS_ONLY_TEMPLATES.includes(name))) {
      expect(MESSAGE_TEMPLATES[name], name).toBeDefined()
    }
  })

  for (const name of names) {
    for (const locale of MESSAGE_LOCALES) {
      it(`${name} renders in ${locale}, short`, () => {
        const sms = renderSms(name, sampleData(locale))
        expect(sms).not.toMatch(/undefined|null|NaN|\[object|\{\{/)
        expect(ARABIC.test(sms)).toBe(locale === "ar")
        for (const url of sms.match(/https?:\/\/\S+/g) ?? []) {
          expect(url.startsWith(`${SHOP}/${locale}/`), url).toBe(true)
        }
        if (locale === "ar") {
          // Arabic is sent as UCS-2: 70 characters an SMS; with a link it takes two
          expect(smsSegments(sms), sms).toBeLessThanOrEqual(2)
        } else {
          expect(isGsm7(sms), sms).toBe(true)
          expect(smsSegments(sms), sms).toBe(1)
        }
      })
    }

    it(`${name} says something different in each language`, () => {
      const texts = MESSAGE_LOCALES.map((locale) => renderSms(name, sampleData(locale)))
      expect(new Set(texts).size).toBe(3)
    })
  }

  it("counts the member's items and names the date to ship by", () => {
    expect(renderSms("vendor-new-order", sampleData("fr"))).toBe(
      `Bazar Solidaire: 3 articles pour la commande #1042, à expédier avant le 7 déc. ${SHOP}/fr/portal/orders/vord_01KBQ3M8Z6T0J4R2W9X5Y7N1PC`
    )
    expect(renderSms("order-shipped", sampleData("en"))).toBe(
      "Bazar Solidaire: a parcel of your order #1042 is on its way, carrier Amana, tracking AM123456789MA."
    )
  })

  it("gives the shopper her pick-up code, and tells the member the part is collected at her stand", () => {
    expect(renderSms("stand-pickup-code", sampleData("fr"))).toBe(
      "Bazar Solidaire: commande 1042, retrait au stand 12 (Bazar de M'diq). Code a montrer: 048213"
    )
    expect(renderSms("vendor-new-order", { ...sampleData("en"), pickup_stand_number: "12" })).toBe(
      `Bazar Solidaire: 3 items for order #1042, pick-up at stand 12. ${SHOP}/en/portal/orders/vord_01KBQ3M8Z6T0J4R2W9X5Y7N1PC`
    )
  })

  it("gives the sign-in code in one SMS", () => {
    for (const locale of MESSAGE_LOCALES) {
      const sms = renderSms("phone-sign-in-code", sampleData(locale))
      expect(sms).toContain("048213")
      expect(smsSegments(sms), sms).toBe(1)
    }
  })

  it("refuses a message without an SMS version", () => {
    expect(() => renderSms("account-locked", {})).toThrow(/account-locked/)
  })
})

describe("smsSegments", () => {
  it("counts GSM and UCS-2 texts as gateways bill them", () => {
    expect(smsSegments("a".repeat(160))).toBe(1)
    expect(smsSegments("a".repeat(161))).toBe(2)
    expect(smsSegments("€".repeat(80))).toBe(1)
    expect(smsSegments("ب".repeat(70))).toBe(1)
    expect(smsSegments("ب".repeat(71))).toBe(2)
    expect(isGsm7("Déjà vu — non")).toBe(false)
  })
})
