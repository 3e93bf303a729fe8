import { str, type MessageContent, type MessageLocale } from "../layout"

const T = {
  fr: {
    subject: (n: string) => `Votre commande n° ${n} est annulée`,
    body: "Votre commande est annulée : aucun colis ne vous sera livré.",
    paid: "Si vous avez déjà payé par carte, le remboursement suit ; vous recevrez un message quand il sera fait.",
    action: "Voir ma commande",
  },
  ar: {
    subject: (n: string) => `تم إلغاء طلبك رقم ${n}`,
    body: "تم إلغاء طلبك: لن يصلك أي طرد منه.",
    paid: "إن كنت قد دفعت بالبطاقة، فسيتم الاسترداد وستصلك رسالة عند إتمامه.",
    action: "عرض طلبي",
  },
  en: {
    subject: (n: string) => `Your order #${n} is cancelled`,
    body: "Your order is cancelled: no parcel of it will be delivered.",
    paid: "If you already paid by card, the refund follows; you will get a message when it is made.",
    action: "View my order",
  },
}

/** Tells the shopper her order was cancelled. */
export function orderCanceled(data: Record<string, unknown>, locale: MessageLocale): MessageContent {
  const t = T[locale]
  return {
    subject: t.subject(str(data.display_id)),
    blocks: [t.body, t.paid],
    action: { label: t.action, url: str(data.url) },
  }
}
