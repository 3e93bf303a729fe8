import {
  formatMoney,
  formatShortDate,
  SMS_SIGNATURE,
  str,
  type MessageContent,
  type MessageLocale,
} from "../layout"

type Item = { title?: string; variant_title?: string | null; quantity?: number }

const T = {
  fr: {
    subject: (count: number, n: string) => `Nouvelle commande n° ${n} : ${count} article(s) à préparer`,
    body: (vendor: string) => `${vendor} a reçu une commande. Voici votre part à préparer :`,
    total: (total: string) => `Montant de votre part : ${total}`,
    cash: "Paiement à la livraison : le livreur encaisse le client.",
    pickup: (stand: string) =>
      `Retrait à votre stand ${stand} : la cliente vous montrera son code, à taper dans le portail pour lui remettre la commande (et encaisser si elle paie en espèces).`,
    action: "Préparer la commande",
  },
  ar: {
    subject: (count: number, n: string) => `طلب جديد رقم ${n}: ${count} منتج(ات) للتحضير`,
    body: (vendor: string) => `توصلت ${vendor} بطلب جديد. هذا نصيبكم للتحضير:`,
    total: (total: string) => `مبلغ نصيبكم: ${total}`,
    cash: "الدفع عند الاستلام: عامل التوصيل يستلم المبلغ من الزبون.",
    pickup: (stand: string) =>
      `الاستلام من جناحكم ${stand}: ستريكم الزبونة رمزها، أدخلوه في البوابة لتسليمها الطلب (واستلام المبلغ إن دفعت نقدًا).`,
    action: "تحضير الطلب",
  },
  en: {
    subject: (count: number, n: string) => `New order #${n}: ${count} item(s) to prepare`,
    body: (vendor: string) => `${vendor} received an order. Here is your part to prepare:`,
    total: (total: string) => `Your part comes to ${total}`,
    cash: "Cash on delivery: the courier collects from the shopper.",
    pickup: (stand: string) =>
      `Pick-up at your stand ${stand}: the shopper will show her code; type it in the portal to hand the order over (and take the cash if she pays cash).`,
    action: "Prepare the order",
  },
}

// GSM characters only in French and English (no "n°", no dash), so the SMS stays one 160-character part
const SMS = {
  fr: {
    sign: `${SMS_SIGNATURE.fr}: `,
    items: (count: number) => (count === 1 ? "1 article" : `${count} articles`),
    line: (items: string, n: string) => `${items} pour la commande #${n}`,
    by: (date: string) => `, à expédier avant le ${date}`,
    stand: (stand: string) => `, retrait au stand ${stand}`,
  },
  ar: {
    // no signature: Arabic SMS are 67 characters a part and the link takes one; the sender id names us
    sign: "",
    items: (count: number) => (count === 1 ? "منتج واحد" : `${count} منتجات`),
    line: (items: string, n: string) => `${items} للطلب ${n}`,
    by: (date: string) => `، للشحن قبل ${date}`,
    stand: (stand: string) => `، الاستلام من الجناح ${stand}`,
  },
  en: {
    sign: `${SMS_SIGNATURE.en}: `,
    items: (count: number) => (count === 1 ? "1 item" : `${count} items`),
    line: (items: string, n: string) => `${items} for order #${n}`,
    by: (date: string) => `, to ship by ${date}`,
    stand: (stand: string) => `, pick-up at stand ${stand}`,
  },
}

function itemsOf(data: Record<string, unknown>): Item[] {
  return (Array.isArray(data.items) ? data.items : []) as Item[]
}

function countOf(items: Item[]): number {
  return items.reduce((sum, item) => sum + (item.quantity ?? 1), 0)
}

/** The SMS version: how many items of her cooperative's part, the order, the date to ship by, the link. */
export function vendorNewOrderSms(data: Record<string, unknown>, locale: MessageLocale): string {
  const t = SMS[locale]
  const shipBy = formatShortDate(data.ship_by, locale)
  const url = str(data.url)
  // a part collected at the stand is not shipped: the stand replaces the date
  const when = data.pickup_stand_number ? t.stand(str(data.pickup_stand_number)) : shipBy ? t.by(shipBy) : ""
  const line = `${t.sign}${t.line(t.items(countOf(itemsOf(data))), str(data.display_id))}${when}`
  // "7 déc." already ends the sentence
  return `${line}${line.endsWith(".") ? "" : "."}${url ? ` ${url}` : ""}`
}

/** Tells a cooperative's members an order waits for them, with their part only. */
export function vendorNewOrder(data: Record<string, unknown>, locale: MessageLocale): MessageContent {
  const t = T[locale]
  const items = itemsOf(data)
  const count = countOf(items)
  return {
    subject: t.subject(count, str(data.display_id)),
    blocks: [
      t.body(str(data.vendor_name)),
      {
        list: items.map(
          (item) =>
            `${item.quantity ?? 1} × ${str(item.title)}${item.variant_title ? ` (${item.variant_title})` : ""}`
        ),
      },
      t.total(formatMoney(data.total, data.currency_code, locale)),
      ...(data.pickup_stand_number
        ? [t.pickup(str(data.pickup_stand_number))]
        : data.cash_on_delivery
          ? [t.cash]
          : []),
    ],
    action: { label: t.action, url: str(data.url) },
  }
}
