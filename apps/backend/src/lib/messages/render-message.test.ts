import { describe, expect, it } from "vitest"
import { MESSAGE_LOCALES, type MessageLocale } from "./layout"
import { MESSAGE_TEMPLATES, renderMessage } from "./render-message"

const SHOP = "https://shop.example"

/** Data like the producers send, with links in the recipient's language. */
function sampleData(locale: MessageLocale): Record<string, unknown> {
  const link = (path: string) => `${SHOP}/${locale}${path}`
  return {
    locale,
    display_id: 1042,
    url: link("/portal/orders/vord_1?token=a&b=c"),
    portal_url: link("/portal"),
    currency_code: "mad",
    total: "480",
    cash_on_delivery: true,
    parts: [
      {
        cooperative: "Coopérative Tighanimine",
        total: "240",
        items: [{ title: "Argan Oil", variant_title: "250 ml", quantity: 2 }],
      },
      {
        cooperative: "Amlou Souss",
        total: "240",
        items: [{ title: "Amlou", variant_title: null, quantity: 1 }],
      },
    ],
    items: [{ title: "Argan Oil", variant_title: "250 ml", quantity: 2 }],
    vendor_name: "Coopérative Tighanimine",
    cooperative: "Amlou Souss",
    carrier: "Amana",
    tracking_number: "AM123456789MA",
    expires_at: "2026-12-11T10:00:00.000Z",
    product_title: "Argan Oil <b>bio</b>",
    reason: "Photo too dark",
    actor_type: "customer",
    minutes: 15,
    amount: "120",
    reference: "VIR-2026-0042",
    paid_at: "2026-11-30T00:00:00.000Z",
    method: "bank_transfer",
    applications: { count: 2, names: ["Amlou Souss"], url: link("/app/cooperatives") },
    products: { count: 1, names: ["Argan Oil"], url: link("/app/moderation") },
    unshipped: { count: 0, names: [], url: link("/app/orders") },
    unshipped_days: 3,
    certifications: { count: 1, names: ["ONSSA — Amlou Souss"], url: link("/app/cooperatives") },
    label: "ONSSA",
    to: "amina.nouvelle@example.ma",
    unsubscribe_url: link("/staff-digest/unsubscribe?user=u&token=t"),
  }
}

const ARABIC = /[\u0600-\u06FF]/

describe("message templates", () => {
  const names = Object.keys(MESSAGE_TEMPLATES)

  it("cover every message the marketplace sends", () => {
    expect(names.sort()).toEqual(
      [
        "account-exists",
        "account-locked",
        "email-change-confirm",
        "email-changed",
        "order-confirmation",
        "order-shipped",
        "order-transfer-requested",
        "product-published",
        "product-rejected",
        "vendor-approve",
        "vendor-invite-already-member",
        "vendor-member-invite",
        "vendor-new-order",
        "vendor-password-reset",
        "vendor-reinstate",
        "vendor-reject",
        "vendor-suspend",
        "customer-password-reset",
        "order-delivered",
        "order-canceled",
        "order-part-canceled",
        "order-part-refused",
        "order-refunded",
        "return-accepted",
        "return-refused",
        "vendor-return-requested",
        "vendor-payout-recorded",
        "staff-digest",
        "certification-expiring",
      ].sort()
    )
  })

  for (const name of names) {
    for (const locale of MESSAGE_LOCALES) {
      it(`${name} renders in ${locale}`, () => {
        const message = renderMessage(name, sampleData(locale))
        for (const part of [message.subject, message.text, message.html]) {
          expect(part.trim().length).toBeGreaterThan(0)
          expect(part).not.toMatch(/undefined|null|NaN|\[object|\{\{/)
        }
        expect(message.html).toContain(`<html lang="${locale}" dir="${locale === "ar" ? "rtl" : "ltr"}">`)
        // every link is absolute, to the storefront, in the recipient's language
        const hrefs = [...message.html.matchAll(/href="([^"]+)"/g)].map((match) => match[1])
        for (const href of hrefs) {
          expect(href.startsWith(`${SHOP}/${locale}/`), href).toBe(true)
        }
        for (const url of message.text.match(/https?:\/\/\S+/g) ?? []) {
          expect(url.startsWith(`${SHOP}/${locale}/`), url).toBe(true)
        }
        // translated: Arabic text in Arabic, none in French or English
        const words = `${message.subject} ${message.text}`
        expect(ARABIC.test(words)).toBe(locale === "ar")
        // data is escaped in HTML, never interpreted
        expect(message.html).not.toContain("<b>bio</b>")
      })
    }

    it(`${name} says something different in each language`, () => {
      const subjects = MESSAGE_LOCALES.map((locale) => renderMessage(name, sampleData(locale)).text)
      expect(new Set(subjects).size).toBe(3)
    })
  }

  it("puts the link with its query in both the HTML and the text", () => {
    const message = renderMessage("vendor-password-reset", sampleData("fr"))
    expect(message.html).toContain(`href="${SHOP}/fr/portal/orders/vord_1?token=a&amp;b=c"`)
    expect(message.text).toContain(`${SHOP}/fr/portal/orders/vord_1?token=a&b=c`)
  })

  it("lists each cooperative's parcel and what to pay the courier", () => {
    // Intl separates amount and currency with a no-break space
    const text = renderMessage("order-confirmation", sampleData("en")).text.replace(/\u00a0/g, " ")
    expect(text).toContain("Parcel from Coopérative Tighanimine — MAD 240.00")
    expect(text).toContain("- 2 × Argan Oil (250 ml)")
    expect(text).toContain("Cash on delivery: have MAD 480.00 ready for the courier.")
  })

  it("says when a piece made for the shopper should leave, in her language", () => {
    const data = {
      ...sampleData("fr"),
      parts: [
        {
          cooperative: "Tamount",
          total: "1800",
          items: [{ title: "Tapis", quantity: 1, lead_time_days: 21 }],
          ships_by: "2026-06-22T10:00:00.000Z",
        },
      ],
    }
    const text = renderMessage("order-confirmation", data).text
    expect(text).toContain("1 × Tapis — fait pour vous en 21 jours environ")
    expect(text).toMatch(/Fait pour vous : ce colis partira vers le 22 juin/)
    expect(renderMessage("order-confirmation", { ...data, locale: "ar" }).text).toContain(
      "يُصنع لك في حوالي 21 يومًا"
    )
  })

  it("says where to collect a part at the stand and gives its code", () => {
    const data = {
      ...sampleData("fr"),
      parts: [
        {
          cooperative: "Tifawin",
          total: "180",
          items: [{ title: "Huile d'argan", quantity: 1 }],
          pickup: {
            stand_number: "21",
            event_name: "Bazar de Chefchaouen",
            address: "Place Outa el Hammam",
            city: "Chefchaouen",
            starts_at: "2026-06-10T09:00:00.000Z",
            ends_at: "2026-06-14T19:00:00.000Z",
            code: "042917",
          },
        },
      ],
    }
    const text = renderMessage("order-confirmation", data).text.replace(/\u00a0/g, " ")
    expect(text).toContain(
      "À retirer au stand 21 du Bazar de Chefchaouen (Place Outa el Hammam, Chefchaouen), du 10 juin 2026 au 14 juin 2026."
    )
    expect(text).toContain("Votre code de retrait, à montrer au stand : 042917")
    expect(renderMessage("order-confirmation", { ...data, locale: "ar" }).text).toContain("رمز الاستلام")
  })

  it("falls back to French for an unknown language and refuses an unknown template", () => {
    expect(renderMessage("account-locked", { minutes: 15, locale: "de" }).html).toContain('lang="fr"')
    expect(() => renderMessage("nope", {})).toThrow(/nope/)
  })
})
