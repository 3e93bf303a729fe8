import { str, type MessageContent, type MessageLocale } from "../layout"

const T = {
  fr: {
    subject: "Choisir un nouveau mot de passe",
    body: "Quelqu'un a demandé à changer le mot de passe de votre compte sur le portail des coopératives.",
    ignore: "Si ce n'est pas vous, ignorez ce message : votre mot de passe reste le même.",
    action: "Choisir un nouveau mot de passe",
  },
  ar: {
    subject: "اختيار كلمة سر جديدة",
    body: "طلب أحدهم تغيير كلمة سر حسابكم في بوابة التعاونيات.",
    ignore: "إن لم تكونوا أنتم، تجاهلوا هذه الرسالة: كلمة سركم لن تتغير.",
    action: "اختيار كلمة سر جديدة",
  },
  en: {
    subject: "Choose a new password",
    body: "Someone asked to change the password of your account on the cooperatives' portal.",
    ignore: "If it was not you, ignore this message: your password stays the same.",
    action: "Choose a new password",
  },
}

/** A member's password reset link to the portal. */
export function vendorPasswordReset(data: Record<string, unknown>, locale: MessageLocale): MessageContent {
  const t = T[locale]
  return { subject: t.subject, blocks: [t.body, t.ignore], action: { label: t.action, url: str(data.url) } }
}
