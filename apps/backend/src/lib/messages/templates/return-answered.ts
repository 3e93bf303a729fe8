import { str, type MessageContent, type MessageLocale } from "../layout"

type Item = { title?: unknown; quantity?: number }
const itemsOf = (data: Record<string, unknown>) =>
  ((Array.isArray(data.items) ? data.items : []) as Item[]).map(
    (item) => `${item.quantity ?? 1} × ${str(item.title)}`
  )

const T = {
  fr: {
    acceptedSubject: (n: string) => `Votre retour pour la commande n° ${n} est accepté`,
    accepted: (cooperative: string) =>
      `${cooperative} accepte votre retour. Renvoyez-lui ces articles ; vous serez remboursée dès qu'ils lui parviennent :`,
    refusedSubject: (n: string) => `Votre demande de retour pour la commande n° ${n}`,
    refused: (cooperative: string) => `${cooperative} n'a pas accepté le retour de ces articles :`,
    reason: (reason: string) => `Sa réponse : ${reason}`,
    dispute: "Si vous n'êtes pas d'accord, demandez l'avis du centre depuis la page de votre commande.",
    unnamed: "La coopérative",
    action: "Voir ma commande",
  },
  ar: {
    acceptedSubject: (n: string) => `تم قبول إرجاعك للطلب رقم ${n}`,
    accepted: (cooperative: string) =>
      `قبلت ${cooperative} إرجاعك. أعيدي إليها هذه المنتجات، ويُرَدّ إليك المبلغ فور وصولها:`,
    refusedSubject: (n: string) => `طلب الإرجاع الخاص بالطلب رقم ${n}`,
    refused: (cooperative: string) => `لم تقبل ${cooperative} إرجاع هذه المنتجات:`,
    reason: (reason: string) => `جوابها: ${reason}`,
    dispute: "إن لم تكوني موافقة، اطلبي رأي المركز من صفحة طلبك.",
    unnamed: "التعاونية",
    action: "عرض طلبي",
  },
  en: {
    acceptedSubject: (n: string) => `Your return for order #${n} is accepted`,
    accepted: (cooperative: string) =>
      `${cooperative} accepts your return. Send these items back; you are refunded as soon as they arrive:`,
    refusedSubject: (n: string) => `Your return request for order #${n}`,
    refused: (cooperative: string) => `${cooperative} did not accept the return of these items:`,
    reason: (reason: string) => `Their answer: ${reason}`,
    dispute: "If you disagree, ask the centre from your order's page.",
    unnamed: "The cooperative",
    action: "View my order",
  },
}

/** Tells the shopper her return was accepted: what to send back, and that the refund follows. */
export function returnAccepted(data: Record<string, unknown>, locale: MessageLocale): MessageContent {
  const t = T[locale]
  return {
    subject: t.acceptedSubject(str(data.display_id)),
    blocks: [t.accepted(str(data.cooperative) || t.unnamed), { list: itemsOf(data) }],
    action: { label: t.action, url: str(data.url) },
  }
}

/** Tells the shopper her return was refused, why, and that the centre can look again. */
export function returnRefused(data: Record<string, unknown>, locale: MessageLocale): MessageContent {
  const t = T[locale]
  const reason = str(data.reason)
  return {
    subject: t.refusedSubject(str(data.display_id)),
    blocks: [
      t.refused(str(data.cooperative) || t.unnamed),
      { list: itemsOf(data) },
      ...(reason ? [t.reason(reason)] : []),
      t.dispute,
    ],
    action: { label: t.action, url: str(data.url) },
  }
}
