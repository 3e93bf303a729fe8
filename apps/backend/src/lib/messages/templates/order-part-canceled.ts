import { str, type MessageContent, type MessageLocale } from "../layout"

const T = {
  fr: {
    subject: (n: string) => `Une partie de votre commande n° ${n} est annulée`,
    body: (cooperative: string) =>
      `${cooperative} ne peut pas vous livrer sa partie de la commande : elle est annulée. Le reste de votre commande suit son cours.`,
    reason: (reason: string) => `Motif de la coopérative : ${reason}`,
    paid: "Si vous avez payé par carte, le montant de cette partie vous est remboursé ; à la livraison, vous n'aurez rien à payer pour elle.",
    unnamed: "La coopérative",
    action: "Voir ma commande",
  },
  ar: {
    subject: (n: string) => `تم إلغاء جزء من طلبك رقم ${n}`,
    body: (cooperative: string) =>
      `لا تستطيع ${cooperative} توصيل جزئها من الطلب، فتم إلغاؤه. باقي طلبك يستمر كالمعتاد.`,
    reason: (reason: string) => `سبب التعاونية: ${reason}`,
    paid: "إن دفعت بالبطاقة فسيُسترد لك مبلغ هذا الجزء؛ وعند الاستلام لن تدفع شيئا مقابله.",
    unnamed: "التعاونية",
    action: "عرض طلبي",
  },
  en: {
    subject: (n: string) => `Part of your order #${n} is cancelled`,
    body: (cooperative: string) =>
      `${cooperative} cannot deliver its part of your order: it is cancelled. The rest of your order goes ahead.`,
    reason: (reason: string) => `The cooperative's reason: ${reason}`,
    paid: "If you paid by card, this part's amount is refunded to you; on delivery you will pay nothing for it.",
    unnamed: "The cooperative",
    action: "View my order",
  },
}

/** Tells the shopper one cooperative canceled its part of her order, and why. */
export function orderPartCanceled(data: Record<string, unknown>, locale: MessageLocale): MessageContent {
  const t = T[locale]
  const reason = str(data.reason)
  return {
    subject: t.subject(str(data.display_id)),
    blocks: [t.body(str(data.cooperative) || t.unnamed), ...(reason ? [t.reason(reason)] : []), t.paid],
    action: { label: t.action, url: str(data.url) },
  }
}
