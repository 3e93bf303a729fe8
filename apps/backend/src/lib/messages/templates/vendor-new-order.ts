import { formatMoney, str, type MessageContent, type MessageLocale } from "../layout"

type Item = { title?: string; variant_title?: string | null; quantity?: number }

const T = {
  fr: {
    subject: (count: number, n: string) => `Nouvelle commande n° ${n} : ${count} article(s) à préparer`,
    body: (vendor: string) => `${vendor} a reçu une commande. Voici votre part à préparer :`,
    total: (total: string) => `Montant de votre part : ${total}`,
    cash: "Paiement à la livraison : le livreur encaisse le client.",
    action: "Préparer la commande",
  },
  ar: {
    subject: (count: number, n: string) => `طلب جديد رقم ${n}: ${count} منتج(ات) للتحضير`,
    body: (vendor: string) => `توصلت ${vendor} بطلب جديد. هذا نصيبكم للتحضير:`,
    total: (total: string) => `مبلغ نصيبكم: ${total}`,
    cash: "الدفع عند الاستلام: عامل التوصيل يستلم المبلغ من الزبون.",
    action: "تحضير الطلب",
  },
  en: {
    subject: (count: number, n: string) => `New order #${n}: ${count} item(s) to prepare`,
    body: (vendor: string) => `${vendor} received an order. Here is your part to prepare:`,
    total: (total: string) => `Your part comes to ${total}`,
    cash: "Cash on delivery: the courier collects from the shopper.",
    action: "Prepare the order",
  },
}

/** Tells a cooperative's members an order waits for them, with their part only. */
export function vendorNewOrder(data: Record<string, unknown>, locale: MessageLocale): MessageContent {
  const t = T[locale]
  const items = (Array.isArray(data.items) ? data.items : []) as Item[]
  const count = items.reduce((sum, item) => sum + (item.quantity ?? 1), 0)
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
      ...(data.cash_on_delivery ? [t.cash] : []),
    ],
    action: { label: t.action, url: str(data.url) },
  }
}
