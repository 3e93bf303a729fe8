import { formatDate, str, type MessageContent, type MessageLocale } from "../layout"

const T = {
  fr: {
    subject: (vendor: string) => `Invitation à rejoindre ${vendor} sur le Bazar Solidaire`,
    body: (vendor: string) => `Vous êtes invité(e) à gérer la boutique de ${vendor} avec ses autres membres.`,
    expires: (date: string) => `L'invitation est valable jusqu'au ${date}.`,
    action: "Accepter l'invitation",
  },
  ar: {
    subject: (vendor: string) => `دعوة للانضمام إلى ${vendor} في البازار التضامني`,
    body: (vendor: string) => `أنتم مدعوون لتسيير متجر ${vendor} مع باقي أعضائها.`,
    expires: (date: string) => `الدعوة صالحة إلى غاية ${date}.`,
    action: "قبول الدعوة",
  },
  en: {
    subject: (vendor: string) => `You are invited to join ${vendor} on Bazar Solidaire`,
    body: (vendor: string) => `You are invited to run ${vendor}'s shop with its other members.`,
    expires: (date: string) => `The invitation is valid until ${date}.`,
    action: "Accept the invitation",
  },
}

/** An invitation to join a cooperative's team in the portal. */
export function vendorMemberInvite(data: Record<string, unknown>, locale: MessageLocale): MessageContent {
  const t = T[locale]
  const vendor = str(data.vendor_name)
  const expires = formatDate(data.expires_at, locale)
  return {
    subject: t.subject(vendor),
    blocks: [t.body(vendor), ...(expires ? [t.expires(expires)] : [])],
    action: { label: t.action, url: str(data.url) },
  }
}
