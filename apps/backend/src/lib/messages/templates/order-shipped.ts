import { SMS_SIGNATURE, str, type MessageContent, type MessageLocale } from "../layout"

const T = {
  fr: {
    subject: (n: string) => `Un colis de votre commande n° ${n} est en route`,
    body: (cooperative: string) => `${cooperative} a remis votre colis au transporteur.`,
    carrier: (carrier: string) => `Transporteur : ${carrier}`,
    tracking: (tracking: string) => `Numéro de suivi : ${tracking}`,
    noTracking: "Le transporteur n'a pas donné de numéro de suivi.",
    unnamed: "La coopérative",
    action: "Voir ma commande",
  },
  ar: {
    subject: (n: string) => `طرد من طلبك رقم ${n} في الطريق إليك`,
    body: (cooperative: string) => `سلّمت ${cooperative} طردك لشركة النقل.`,
    carrier: (carrier: string) => `شركة النقل: ${carrier}`,
    tracking: (tracking: string) => `رقم التتبع: ${tracking}`,
    noTracking: "لم تقدّم شركة النقل رقما للتتبع.",
    unnamed: "التعاونية",
    action: "عرض طلبي",
  },
  en: {
    subject: (n: string) => `A parcel of your order #${n} is on its way`,
    body: (cooperative: string) => `${cooperative} handed your parcel to the carrier.`,
    carrier: (carrier: string) => `Carrier: ${carrier}`,
    tracking: (tracking: string) => `Tracking number: ${tracking}`,
    noTracking: "The carrier gave no tracking number.",
    unnamed: "The cooperative",
    action: "View my order",
  },
}

/** Tells the shopper one cooperative's parcel left, with the carrier and tracking number. */
export function orderShipped(data: Record<string, unknown>, locale: MessageLocale): MessageContent {
  const t = T[locale]
  const carrier = str(data.carrier)
  const tracking = str(data.tracking_number)
  return {
    subject: t.subject(str(data.display_id)),
    blocks: [
      t.body(str(data.cooperative) || t.unnamed),
      ...(carrier ? [t.carrier(carrier)] : []),
      tracking ? t.tracking(tracking) : t.noTracking,
    ],
    action: { label: t.action, url: str(data.url) },
  }
}

const SMS = {
  fr: {
    line: (n: string) => `votre colis de la commande #${n} est en route`,
    carrier: (carrier: string) => `, transporteur ${carrier}`,
    tracking: (tracking: string) => `, suivi ${tracking}`,
  },
  ar: {
    line: (n: string) => `طرد من طلبك رقم ${n} في الطريق إليك`,
    carrier: (carrier: string) => `، شركة النقل ${carrier}`,
    tracking: (tracking: string) => `، رقم التتبع ${tracking}`,
  },
  en: {
    line: (n: string) => `a parcel of your order #${n} is on its way`,
    carrier: (carrier: string) => `, carrier ${carrier}`,
    tracking: (tracking: string) => `, tracking ${tracking}`,
  },
}

/** The SMS version: the order, the carrier and the tracking number, no link (the email has it). */
export function orderShippedSms(data: Record<string, unknown>, locale: MessageLocale): string {
  const t = SMS[locale]
  const carrier = str(data.carrier)
  const tracking = str(data.tracking_number)
  return `${SMS_SIGNATURE[locale]}: ${t.line(str(data.display_id))}${carrier ? t.carrier(carrier) : ""}${
    tracking ? t.tracking(tracking) : ""
  }.`
}
