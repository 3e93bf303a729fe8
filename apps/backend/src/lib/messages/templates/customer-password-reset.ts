import { str, type MessageContent, type MessageLocale } from "../layout"

const T = {
  fr: {
    subject: "Choisir un nouveau mot de passe pour la boutique",
    body: "Quelqu'un a demandé à changer le mot de passe de votre compte client sur Bazar Solidaire.",
    expiry: "Ce lien ne sert qu'une fois et expire bientôt : s'il ne marche plus, demandez-en un autre.",
    ignore: "Si ce n'est pas vous, ignorez ce message : votre mot de passe reste le même.",
    action: "Choisir un nouveau mot de passe",
  },
  ar: {
    subject: "اختيار كلمة سر جديدة للمتجر",
    body: "طلب أحدهم تغيير كلمة سر حسابك في متجر البازار التضامني.",
    expiry: "هذا الرابط صالح لمرة واحدة وينتهي قريبا: إن لم يعد يعمل، اطلب رابطا آخر.",
    ignore: "إن لم تكن أنت، تجاهل هذه الرسالة: كلمة سرك لن تتغير.",
    action: "اختيار كلمة سر جديدة",
  },
  en: {
    subject: "Choose a new password for the shop",
    body: "Someone asked to change the password of your shopper account on Bazar Solidaire.",
    expiry: "This link works once and expires soon: if it no longer works, ask for another one.",
    ignore: "If it was not you, ignore this message: your password stays the same.",
    action: "Choose a new password",
  },
}

/** A shopper's password reset link to the shop, in the language she asked in. */
export function customerPasswordReset(data: Record<string, unknown>, locale: MessageLocale): MessageContent {
  const t = T[locale]
  return {
    subject: t.subject,
    blocks: [t.body, t.expiry, t.ignore],
    action: { label: t.action, url: str(data.url) },
  }
}
