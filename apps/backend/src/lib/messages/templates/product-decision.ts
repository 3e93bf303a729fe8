import { str, type MessageContent, type MessageLocale } from "../layout"

const T = {
  fr: {
    publishedSubject: (title: string) => `« ${title} » est en ligne`,
    published: (title: string) =>
      `Le centre a publié « ${title} » : les clients peuvent maintenant l'acheter.`,
    rejectedSubject: (title: string) => `« ${title} » n'a pas été publié`,
    rejected: (title: string) => `Le centre n'a pas publié « ${title} ».`,
    reason: (reason: string) => `Raison : ${reason}`,
    fix: "Corrigez le produit dans le portail et proposez-le à nouveau.",
    action: "Voir mes produits",
  },
  ar: {
    publishedSubject: (title: string) => `«${title}» معروض الآن للبيع`,
    published: (title: string) => `نشر المركز «${title}»: يمكن للزبناء شراؤه الآن.`,
    rejectedSubject: (title: string) => `لم يُنشر «${title}»`,
    rejected: (title: string) => `لم ينشر المركز «${title}».`,
    reason: (reason: string) => `السبب: ${reason}`,
    fix: "صحّحوا المنتج في البوابة واقترحوه من جديد.",
    action: "عرض منتجاتي",
  },
  en: {
    publishedSubject: (title: string) => `“${title}” is live`,
    published: (title: string) => `The centre published “${title}”: shoppers can now buy it.`,
    rejectedSubject: (title: string) => `“${title}” was not published`,
    rejected: (title: string) => `The centre did not publish “${title}”.`,
    reason: (reason: string) => `Reason: ${reason}`,
    fix: "Correct the product in the portal and propose it again.",
    action: "See my products",
  },
}

/** Tells a cooperative its product went live. */
export function productPublished(data: Record<string, unknown>, locale: MessageLocale): MessageContent {
  const t = T[locale]
  const title = str(data.product_title)
  return {
    subject: t.publishedSubject(title),
    blocks: [t.published(title)],
    action: { label: t.action, url: str(data.url) },
  }
}

/** Tells a cooperative its product was sent back, with the staff's reason. */
export function productRejected(data: Record<string, unknown>, locale: MessageLocale): MessageContent {
  const t = T[locale]
  const title = str(data.product_title)
  const reason = str(data.reason)
  return {
    subject: t.rejectedSubject(title),
    blocks: [t.rejected(title), ...(reason ? [t.reason(reason)] : []), t.fix],
    action: { label: t.action, url: str(data.url) },
  }
}
