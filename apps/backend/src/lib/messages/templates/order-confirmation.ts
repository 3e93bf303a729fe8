import { formatDate, formatMoney, str, type MessageContent, type MessageLocale } from "../layout"

type Item = { title?: string; variant_title?: string | null; quantity?: number; lead_time_days?: number }
type Pickup = {
  stand_number?: string
  event_name?: string
  address?: string
  city?: string
  starts_at?: string
  ends_at?: string
  code?: string
}
type Part = {
  cooperative?: string | null
  total?: string
  items?: Item[]
  ships_by?: string | null
  pickup?: Pickup | null
}

const T = {
  fr: {
    subject: (n: string) => `Votre commande n° ${n} est confirmée`,
    thanks: "Merci pour votre commande au Bazar Solidaire.",
    parcels: (count: number) =>
      count > 1 ? `Elle arrivera en ${count} colis, un par coopérative :` : "Elle arrivera en un colis :",
    parcel: (cooperative: string, total: string) => `Colis de ${cooperative} — ${total}`,
    unnamed: "la coopérative",
    total: (total: string) => `Total : ${total}`,
    cash: (total: string) => `Paiement à la livraison : préparez ${total} pour le livreur.`,
    paid: "Votre paiement est reçu.",
    action: "Voir ma commande",
    madeForYou: (days: number) => `fait pour vous en ${days} jours environ`,
    shipsBy: (date: string) => `Fait pour vous : ce colis partira vers le ${date}.`,
    pickup: (stand: string, event: string, place: string, from: string, to: string) =>
      `À retirer au stand ${stand} du ${event} (${place}), du ${from} au ${to}.`,
    pickupCode: (code: string) => `Votre code de retrait, à montrer au stand : ${code}`,
  },
  ar: {
    subject: (n: string) => `تم تأكيد طلبك رقم ${n}`,
    thanks: "شكرا على طلبك من البازار التضامني.",
    parcels: (count: number) =>
      count > 1 ? `سيصلك في ${count} طرود، طرد من كل تعاونية:` : "سيصلك في طرد واحد:",
    parcel: (cooperative: string, total: string) => `طرد ${cooperative} — ${total}`,
    unnamed: "التعاونية",
    total: (total: string) => `المجموع: ${total}`,
    cash: (total: string) => `الدفع عند الاستلام: جهّز ${total} لعامل التوصيل.`,
    paid: "توصلنا بدفعتك.",
    action: "عرض طلبي",
    madeForYou: (days: number) => `يُصنع لك في حوالي ${days} يومًا`,
    shipsBy: (date: string) => `يُصنع لك: سينطلق هذا الطرد في حوالي ${date}.`,
    pickup: (stand: string, event: string, place: string, from: string, to: string) =>
      `يُستلم من الجناح ${stand} في ${event} (${place})، من ${from} إلى ${to}.`,
    pickupCode: (code: string) => `رمز الاستلام، أظهره عند الجناح: ${code}`,
  },
  en: {
    subject: (n: string) => `Your order #${n} is confirmed`,
    thanks: "Thank you for your order at Bazar Solidaire.",
    parcels: (count: number) =>
      count > 1
        ? `It will arrive in ${count} parcels, one per cooperative:`
        : "It will arrive in one parcel:",
    parcel: (cooperative: string, total: string) => `Parcel from ${cooperative} — ${total}`,
    unnamed: "the cooperative",
    total: (total: string) => `Total: ${total}`,
    cash: (total: string) => `Cash on delivery: have ${total} ready for the courier.`,
    paid: "Your payment is received.",
    action: "View my order",
    madeForYou: (days: number) => `made for you in about ${days} days`,
    shipsBy: (date: string) => `Made for you: this parcel should leave around ${date}.`,
    pickup: (stand: string, event: string, place: string, from: string, to: string) =>
      `To collect at stand ${stand} of ${event} (${place}), from ${from} to ${to}.`,
    pickupCode: (code: string) => `Your pick-up code, to show at the stand: ${code}`,
  },
}

function pickupLines(pickup: Pickup, t: (typeof T)[MessageLocale], locale: MessageLocale): string[] {
  const place = [pickup.address, pickup.city].filter(Boolean).join(", ")
  return [
    t.pickup(
      str(pickup.stand_number),
      str(pickup.event_name),
      place,
      formatDate(pickup.starts_at, locale),
      formatDate(pickup.ends_at, locale)
    ),
    t.pickupCode(str(pickup.code)),
  ]
}

/** The shopper's confirmation: each cooperative's parcel with its items, the total and how to pay. */
export function orderConfirmation(data: Record<string, unknown>, locale: MessageLocale): MessageContent {
  const t = T[locale]
  const parts = (Array.isArray(data.parts) ? data.parts : []) as Part[]
  const total = formatMoney(data.total, data.currency_code, locale)
  return {
    subject: t.subject(str(data.display_id)),
    blocks: [
      t.thanks,
      t.parcels(parts.length),
      ...parts.flatMap((part) => [
        {
          heading: t.parcel(
            part.cooperative || t.unnamed,
            formatMoney(part.total, data.currency_code, locale)
          ),
        },
        {
          list: (part.items ?? []).map(
            (item) =>
              `${item.quantity ?? 1} × ${str(item.title)}${item.variant_title ? ` (${item.variant_title})` : ""}` +
              (item.lead_time_days ? ` — ${t.madeForYou(item.lead_time_days)}` : "")
          ),
        },
        ...(part.ships_by ? [t.shipsBy(formatDate(part.ships_by, locale))] : []),
        ...(part.pickup ? pickupLines(part.pickup, t, locale) : []),
      ]),
      t.total(total),
      data.cash_on_delivery ? t.cash(total) : t.paid,
    ],
    action: { label: t.action, url: str(data.url) },
  }
}
