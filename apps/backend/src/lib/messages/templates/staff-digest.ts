import { str, type Block, type MessageContent, type MessageLocale } from "../layout"

type Section = { count?: number; names?: string[]; url?: string }

const T = {
  fr: {
    subject: (n: number) => `Bazar Solidaire : ${n} choses attendent le centre`,
    intro: "Voici ce qui attend le centre aujourd'hui.",
    applications: (n: number) => `Candidatures de coopératives à examiner : ${n}`,
    products: (n: number) => `Produits à relire : ${n}`,
    unshipped: (n: number, days: number) => `Colis non expédiés depuis plus de ${days} jours : ${n}`,
    certifications: (n: number) => `Certificats qui expirent dans les 30 jours : ${n}`,
    open: (url: string) => `Ouvrir dans Admin : ${url}`,
    more: (n: number) => `… et ${n} de plus`,
    unsubscribe: (url: string) => `Ne plus recevoir ce résumé quotidien : ${url}`,
    action: "Ouvrir Admin",
  },
  ar: {
    subject: (n: number) => `البازار التضامني: ${n} أمور تنتظر المركز`,
    intro: "هذا ما ينتظر المركز اليوم.",
    applications: (n: number) => `طلبات تعاونيات للدراسة: ${n}`,
    products: (n: number) => `منتجات للمراجعة: ${n}`,
    unshipped: (n: number, days: number) => `طرود لم تُشحن منذ أكثر من ${days} أيام: ${n}`,
    certifications: (n: number) => `شهادات تنتهي صلاحيتها خلال 30 يومًا: ${n}`,
    open: (url: string) => `فتح في لوحة الإدارة: ${url}`,
    more: (n: number) => `… و${n} أخرى`,
    unsubscribe: (url: string) => `إيقاف هذا الملخص اليومي: ${url}`,
    action: "فتح لوحة الإدارة",
  },
  en: {
    subject: (n: number) => `Bazar Solidaire: ${n} things wait for the centre`,
    intro: "Here is what waits for the centre today.",
    applications: (n: number) => `Cooperative applications to review: ${n}`,
    products: (n: number) => `Products to review: ${n}`,
    unshipped: (n: number, days: number) => `Parcels not shipped after ${days} days: ${n}`,
    certifications: (n: number) => `Certificates expiring within 30 days: ${n}`,
    open: (url: string) => `Open in Admin: ${url}`,
    more: (n: number) => `… and ${n} more`,
    unsubscribe: (url: string) => `Stop this daily digest: ${url}`,
    action: "Open Admin",
  },
}

function section(heading: string, data: Section, t: (typeof T)["fr"]): Block[] {
  const names = data.names ?? []
  const count = data.count ?? 0
  const list = count > names.length ? [...names, t.more(count - names.length)] : names
  return [{ heading }, ...(list.length ? [{ list }] : []), t.open(str(data.url))]
}

/**
 * Staff's daily digest of what waits: applications, products to review, parcels late to ship and
 * certificates about to expire.
 */
export function staffDigest(data: Record<string, unknown>, locale: MessageLocale): MessageContent {
  const t = T[locale]
  const applications = (data.applications ?? {}) as Section
  const products = (data.products ?? {}) as Section
  const unshipped = (data.unshipped ?? {}) as Section
  const certifications = (data.certifications ?? {}) as Section
  const days = Number(data.unshipped_days) || 3
  const total =
    (applications.count ?? 0) + (products.count ?? 0) + (unshipped.count ?? 0) + (certifications.count ?? 0)
  return {
    subject: t.subject(total),
    blocks: [
      t.intro,
      ...(applications.count ? section(t.applications(applications.count), applications, t) : []),
      ...(products.count ? section(t.products(products.count), products, t) : []),
      ...(unshipped.count ? section(t.unshipped(unshipped.count, days), unshipped, t) : []),
      ...(certifications.count ? section(t.certifications(certifications.count), certifications, t) : []),
      t.unsubscribe(str(data.unsubscribe_url)),
    ],
    action: { label: t.action, url: str(data.url) },
  }
}
