import { str, type MessageContent, type MessageLocale } from "../layout"

type Item = { title?: unknown; quantity?: number }

const T = {
  fr: {
    subject: (n: string) => `Une cliente demande un retour (commande #${n})`,
    body: "La cliente souhaite renvoyer ces articles :",
    reason: (reason: string) => `Ce qu'elle dit : ${reason}`,
    next: "Acceptez ou refusez depuis le portail. Une fois les articles revenus, touchez « J'ai reçu les articles » : elle sera remboursée.",
    action: "Répondre",
  },
  ar: {
    subject: (n: string) => `زبونة تطلب إرجاعًا (الطلب ${n})`,
    body: "ترغب الزبونة في إرجاع هذه المنتجات:",
    reason: (reason: string) => `ما كتبته: ${reason}`,
    next: "اقبلي أو ارفضي من البوابة. وعند عودة المنتجات، اضغطي على «توصلت بالمنتجات» ليُرَدّ إليها المبلغ.",
    action: "الرد",
  },
  en: {
    subject: (n: string) => `A shopper asks for a return (order #${n})`,
    body: "The shopper wants to send back these items:",
    reason: (reason: string) => `What she says: ${reason}`,
    next: "Accept or refuse it in the portal. Once the items are back, tap “I received the items”: she is refunded.",
    action: "Answer",
  },
}

/** Tells a cooperative's members that a shopper asks to return items of their parcel. */
export function vendorReturnRequested(data: Record<string, unknown>, locale: MessageLocale): MessageContent {
  const t = T[locale]
  const items = (Array.isArray(data.items) ? data.items : []) as Item[]
  const reason = str(data.reason)
  return {
    subject: t.subject(str(data.display_id)),
    blocks: [
      t.body,
      { list: items.map((item) => `${item.quantity ?? 1} × ${str(item.title)}`) },
      ...(reason ? [t.reason(reason)] : []),
      t.next,
    ],
    action: { label: t.action, url: str(data.url) },
  }
}
