import { formatDate, formatShortDate, str, type MessageContent, type MessageLocale } from "../layout"

const T = {
  fr: {
    subject: (label: string) => `Votre certificat ${label} expire bientôt`,
    body: (label: string, date: string) => `Votre certificat ${label} expire le ${date}.`,
    badge: "Passé cette date, son badge disparaît de votre page dans la boutique.",
    next: "Envoyez la photo du nouveau certificat depuis le portail : le centre la vérifiera.",
    action: "Mettre à jour mes certificats",
    sms: (label: string, date: string) => `Bazar Solidaire : votre certificat ${label} expire le ${date}.`,
  },
  ar: {
    subject: (label: string) => `شهادتكِ ${label} تنتهي صلاحيتها قريبًا`,
    body: (label: string, date: string) => `تنتهي صلاحية شهادتكِ ${label} يوم ${date}.`,
    badge: "بعد هذا التاريخ تختفي شارتها من صفحتكِ في المتجر.",
    next: "أرسلي صورة الشهادة الجديدة من البوابة، وسيتحقق منها المركز.",
    action: "تحديث شهاداتي",
    sms: (label: string, date: string) => `البازار التضامني: شهادتكِ ${label} تنتهي يوم ${date}.`,
  },
  en: {
    subject: (label: string) => `Your ${label} certificate expires soon`,
    body: (label: string, date: string) => `Your ${label} certificate expires on ${date}.`,
    badge: "After that date its badge leaves your page in the shop.",
    next: "Send a photo of the new certificate from the portal: the centre will check it.",
    action: "Update my certificates",
    sms: (label: string, date: string) => `Bazar Solidaire: your ${label} certificate expires on ${date}.`,
  },
}

/** Reminds a cooperative's members, 30 days ahead, that a certificate shown in the shop expires. */
export function certificationExpiring(data: Record<string, unknown>, locale: MessageLocale): MessageContent {
  const t = T[locale]
  const label = str(data.label)
  return {
    subject: t.subject(label),
    blocks: [t.body(label, formatDate(data.expires_at, locale)), t.badge, t.next],
    action: { label: t.action, url: str(data.url) },
  }
}

/** The same reminder by SMS, for members who asked for texts. */
export function certificationExpiringSms(data: Record<string, unknown>, locale: MessageLocale): string {
  const url = str(data.url)
  return `${T[locale].sms(str(data.label), formatShortDate(data.expires_at, locale))}${url ? ` ${url}` : ""}`
}
