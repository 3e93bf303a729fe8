import { SMS_SIGNATURE, str, type MessageLocale } from "../layout"

// one SMS each: GSM characters only in French and English, Arabic kept short
const SMS = {
  fr: (total: string, who: string, stand: string) =>
    `${SMS_SIGNATURE.fr}: merci pour votre achat de ${total} a ${who}, stand ${stand}.`,
  ar: (total: string, who: string, stand: string) => `شكرا على شرائك ${total} من ${who}، الرواق ${stand}.`,
  en: (total: string, who: string, stand: string) =>
    `${SMS_SIGNATURE.en}: thank you for your purchase of ${total} from ${who}, stand ${stand}.`,
}

/** The receipt a buyer at a stand asks for by giving her phone (SMS only). */
export function standSaleReceiptSms(data: Record<string, unknown>, locale: MessageLocale): string {
  const total = `${str(data.total)} ${str(data.currency_code).toUpperCase()}`
  return SMS[locale](total, str(data.cooperative), str(data.stand_number))
}
