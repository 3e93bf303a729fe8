import { formatDate, formatMoney, str, type MessageContent, type MessageLocale } from "../layout"

type Item = { title?: string; variant_title?: string | null; quantity?: number; lead_time_days?: number }
type Part = { cooperative?: string | null; total?: string; items?: Item[]; ships_by?: string | null }

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
  },
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
      ]),
      t.total(total),
      data.cash_on_delivery ? t.cash(total) : t.paid,
    ],
    action: { label: t.action, url: str(data.url) },
  }
}
