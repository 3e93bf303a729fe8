import { formatDate, formatMoney, str, type MessageContent, type MessageLocale } from "../layout"

const T = {
  fr: {
    subject: (amount: string) => `Versement de ${amount} à votre coopérative`,
    body: (cooperative: string, amount: string) =>
      `Le centre a enregistré un versement de ${amount} à ${cooperative}.`,
    reference: (reference: string) => `Référence : ${reference}`,
    date: (date: string) => `Date : ${date}`,
    bank: "Par virement sur le RIB de la coopérative.",
    cash: "En espèces, au centre.",
    unnamed: "votre coopérative",
    action: "Voir mes gains",
  },
  ar: {
    subject: (amount: string) => `دفعة بمبلغ ${amount} لتعاونيتكم`,
    body: (cooperative: string, amount: string) => `سجّل المركز دفعة بمبلغ ${amount} لفائدة ${cooperative}.`,
    reference: (reference: string) => `المرجع: ${reference}`,
    date: (date: string) => `التاريخ: ${date}`,
    bank: "بتحويل إلى الحساب البنكي للتعاونية.",
    cash: "نقدا، في المركز.",
    unnamed: "تعاونيتكم",
    action: "عرض أرباحي",
  },
  en: {
    subject: (amount: string) => `Payout of ${amount} to your cooperative`,
    body: (cooperative: string, amount: string) =>
      `The centre recorded a payout of ${amount} to ${cooperative}.`,
    reference: (reference: string) => `Reference: ${reference}`,
    date: (date: string) => `Date: ${date}`,
    bank: "By bank transfer to the cooperative's RIB.",
    cash: "In cash, at the centre.",
    unnamed: "your cooperative",
    action: "View my earnings",
  },
}

/** Tells a cooperative's members that staff recorded money paid to it, with amount and reference. */
export function vendorPayoutRecorded(data: Record<string, unknown>, locale: MessageLocale): MessageContent {
  const t = T[locale]
  const amount = formatMoney(data.amount, data.currency_code, locale)
  return {
    subject: t.subject(amount),
    blocks: [
      t.body(str(data.vendor_name) || t.unnamed, amount),
      { list: [t.reference(str(data.reference)), t.date(formatDate(data.paid_at, locale))] },
      data.method === "cash" ? t.cash : t.bank,
    ],
    action: { label: t.action, url: str(data.url) },
  }
}
