import { formatMoney, str, type MessageContent, type MessageLocale } from "../layout"

const T = {
  fr: {
    subject: (n: string) => `Remboursement de votre commande n° ${n}`,
    body: (amount: string) => `Nous vous avons remboursé ${amount}.`,
    delay: "Sur une carte, la somme apparaît sous quelques jours selon votre banque.",
    action: "Voir ma commande",
  },
  ar: {
    subject: (n: string) => `استرداد مبلغ من طلبك رقم ${n}`,
    body: (amount: string) => `أعدنا إليك مبلغ ${amount}.`,
    delay: "على البطاقة، يظهر المبلغ خلال بضعة أيام حسب بنكك.",
    action: "عرض طلبي",
  },
  en: {
    subject: (n: string) => `Refund for your order #${n}`,
    body: (amount: string) => `We refunded you ${amount}.`,
    delay: "On a card, the amount shows within a few days depending on your bank.",
    action: "View my order",
  },
}

/** Tells the shopper how much was refunded on her order. */
export function orderRefunded(data: Record<string, unknown>, locale: MessageLocale): MessageContent {
  const t = T[locale]
  return {
    subject: t.subject(str(data.display_id)),
    blocks: [t.body(formatMoney(data.amount, data.currency_code, locale)), t.delay],
    action: { label: t.action, url: str(data.url) },
  }
}
