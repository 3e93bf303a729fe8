import { str, type MessageContent, type MessageLocale } from "../layout"

const T = {
  fr: {
    confirmSubject: "Confirmez votre nouvelle adresse e-mail",
    confirm: "Vous avez demandé que votre compte client sur Bazar Solidaire utilise désormais cette adresse.",
    confirmHelp: "Ouvrez le lien pour confirmer. Il reste valable 24 heures ; sans lui, rien ne change.",
    confirmIgnore: "Si ce n'est pas vous, ignorez ce message.",
    confirmAction: "Confirmer cette adresse",
    changedSubject: "L'adresse e-mail de votre compte a changé",
    changed: (to: string) => `Votre compte client sur Bazar Solidaire utilise désormais l'adresse ${to}.`,
    changedHelp:
      "Si ce n'est pas vous, répondez à ce message ou contactez le centre : nous vous aiderons à récupérer votre compte.",
  },
  ar: {
    confirmSubject: "أكّد عنوان بريدك الإلكتروني الجديد",
    confirm: "طلبت أن يستعمل حسابك في متجر البازار التضامني هذا العنوان من الآن.",
    confirmHelp: "افتح الرابط للتأكيد. يبقى صالحًا 24 ساعة؛ ودونه لا يتغير شيء.",
    confirmIgnore: "إن لم تكن أنت، تجاهل هذه الرسالة.",
    confirmAction: "تأكيد هذا العنوان",
    changedSubject: "تغيّر البريد الإلكتروني لحسابك",
    changed: (to: string) => `أصبح حسابك في متجر البازار التضامني يستعمل العنوان ${to}.`,
    changedHelp: "إن لم تكن أنت، أجب عن هذه الرسالة أو اتصل بالمركز: سنساعدك على استرجاع حسابك.",
  },
  en: {
    confirmSubject: "Confirm your new email address",
    confirm: "You asked for your shopper account on Bazar Solidaire to use this address from now on.",
    confirmHelp: "Open the link to confirm. It works for 24 hours; without it, nothing changes.",
    confirmIgnore: "If it was not you, ignore this message.",
    confirmAction: "Confirm this address",
    changedSubject: "Your account's email address changed",
    changed: (to: string) => `Your shopper account on Bazar Solidaire now uses the address ${to}.`,
    changedHelp:
      "If it was not you, reply to this message or contact the centre: we will help you get your account back.",
  },
}

/** To the new address: the link that proves the shopper reads it, before the account moves there. */
export function emailChangeConfirm(data: Record<string, unknown>, locale: MessageLocale): MessageContent {
  const t = T[locale]
  return {
    subject: t.confirmSubject,
    blocks: [t.confirm, t.confirmHelp, t.confirmIgnore],
    action: { label: t.confirmAction, url: str(data.url) },
  }
}

/** To the old address, once the account moved: what happened, and what to do if it was not her. */
export function emailChanged(data: Record<string, unknown>, locale: MessageLocale): MessageContent {
  const t = T[locale]
  return { subject: t.changedSubject, blocks: [t.changed(str(data.to)), t.changedHelp] }
}
