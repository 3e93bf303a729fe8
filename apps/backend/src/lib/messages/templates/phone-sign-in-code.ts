import { SMS_SIGNATURE, str, type MessageLocale } from "../layout"

// one SMS each: GSM characters only in French and English, under 70 characters in Arabic
const SMS = {
  fr: (code: string) =>
    `${SMS_SIGNATURE.fr}: votre code de connexion est ${code}. Valable 10 minutes. Ne le donnez a personne.`,
  ar: (code: string) => `رمز الدخول إلى البازار التضامني: ${code}. صالح 10 دقائق. لا تعطه لأحد.`,
  en: (code: string) =>
    `${SMS_SIGNATURE.en}: your sign-in code is ${code}. Valid for 10 minutes. Never share it.`,
}

/** The one-time code a member types to sign in to the portal with her phone (SMS only). */
export function phoneSignInCodeSms(data: Record<string, unknown>, locale: MessageLocale): string {
  return SMS[locale](str(data.code))
}
