import { str, type MessageContent, type MessageLocale } from "../layout"

const T = {
  fr: {
    subject: (n: string) => `Un colis de votre commande n° ${n} est livré`,
    body: (cooperative: string) => `Le colis de ${cooperative} vous a été remis.`,
    thanks: "Merci d'avoir choisi les produits des coopératives.",
    unnamed: "la coopérative",
    action: "Voir ma commande",
  },
  ar: {
    subject: (n: string) => `تم تسليم طرد من طلبك رقم ${n}`,
    body: (cooperative: string) => `تم تسليمك طرد ${cooperative}.`,
    thanks: "شكرا لاختيارك منتجات التعاونيات.",
    unnamed: "التعاونية",
    action: "عرض طلبي",
  },
  en: {
    subject: (n: string) => `A parcel of your order #${n} was delivered`,
    body: (cooperative: string) => `The parcel from ${cooperative} was handed to you.`,
    thanks: "Thank you for choosing the cooperatives' products.",
    unnamed: "the cooperative",
    action: "View my order",
  },
}

/** Tells the shopper one cooperative's parcel reached her. */
export function orderDelivered(data: Record<string, unknown>, locale: MessageLocale): MessageContent {
  const t = T[locale]
  return {
    subject: t.subject(str(data.display_id)),
    blocks: [t.body(str(data.cooperative) || t.unnamed), t.thanks],
    action: { label: t.action, url: str(data.url) },
  }
}
