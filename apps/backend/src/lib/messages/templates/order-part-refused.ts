import { str, type MessageContent, type MessageLocale } from "../layout"

const T = {
  fr: {
    subject: (n: string) => `Un colis de votre commande n° ${n} n'a pas été remis`,
    body: (cooperative: string) =>
      `Le colis de ${cooperative} a été refusé à la livraison ou retourné : il ne vous sera pas livré et vous n'avez rien à payer pour lui.`,
    reason: (reason: string) => `Motif indiqué : ${reason}`,
    help: "S'il s'agit d'une erreur, répondez à ce message : nous verrons avec la coopérative.",
    unnamed: "la coopérative",
    action: "Voir ma commande",
  },
  ar: {
    subject: (n: string) => `لم يتم تسليم طرد من طلبك رقم ${n}`,
    body: (cooperative: string) =>
      `تم رفض طرد ${cooperative} عند التسليم أو إرجاعه: لن يصلك، ولا شيء عليك دفعه مقابله.`,
    reason: (reason: string) => `السبب المذكور: ${reason}`,
    help: "إن كان في الأمر خطأ، رد على هذه الرسالة وسنتواصل مع التعاونية.",
    unnamed: "التعاونية",
    action: "عرض طلبي",
  },
  en: {
    subject: (n: string) => `A parcel of your order #${n} was not handed over`,
    body: (cooperative: string) =>
      `The parcel from ${cooperative} was refused at delivery or returned: it will not be delivered and you owe nothing for it.`,
    reason: (reason: string) => `Reason given: ${reason}`,
    help: "If this is a mistake, reply to this message and we will sort it out with the cooperative.",
    unnamed: "the cooperative",
    action: "View my order",
  },
}

/** Tells the shopper one cooperative's parcel was refused or returned, and that nothing is due for it. */
export function orderPartRefused(data: Record<string, unknown>, locale: MessageLocale): MessageContent {
  const t = T[locale]
  const reason = str(data.reason)
  return {
    subject: t.subject(str(data.display_id)),
    blocks: [t.body(str(data.cooperative) || t.unnamed), ...(reason ? [t.reason(reason)] : []), t.help],
    action: { label: t.action, url: str(data.url) },
  }
}
