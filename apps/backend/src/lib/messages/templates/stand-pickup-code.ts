import { SMS_SIGNATURE, str, type MessageLocale } from "../layout"

// one SMS each: GSM characters only in French and English, Arabic kept short
const SMS = {
  fr: (n: string, stand: string, event: string, code: string) =>
    `${SMS_SIGNATURE.fr}: commande ${n}, retrait au stand ${stand} (${event}). Code a montrer: ${code}`,
  ar: (n: string, stand: string, event: string, code: string) =>
    `طلبك ${n}: الاستلام من الجناح ${stand} (${event}). رمز الاستلام: ${code}`,
  en: (n: string, stand: string, event: string, code: string) =>
    `${SMS_SIGNATURE.en}: order ${n}, pick up at stand ${stand} (${event}). Code to show: ${code}`,
}

/** The code a shopper shows at a cooperative's stand to collect her part (SMS only; the email has it too). */
export function standPickupCodeSms(data: Record<string, unknown>, locale: MessageLocale): string {
  return SMS[locale](str(data.display_id), str(data.stand_number), str(data.event_name), str(data.code))
}
