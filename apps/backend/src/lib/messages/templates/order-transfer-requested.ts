import { str, type MessageContent, type MessageLocale } from "../layout"

const T = {
  fr: {
    subject: (n: string) => `Ajouter la commande n° ${n} à votre compte`,
    body: (n: string) =>
      `Un compte a demandé à ajouter la commande n° ${n}, passée avec cette adresse, à ses commandes.`,
    ignore: "Si ce n'est pas vous, ignorez ce message : la commande reste où elle est.",
    action: "Ajouter la commande à mon compte",
  },
  ar: {
    subject: (n: string) => `إضافة الطلب رقم ${n} إلى حسابك`,
    body: (n: string) => `طلب حساب إضافة الطلب رقم ${n}، المقدَّم بهذا العنوان، إلى طلباته.`,
    ignore: "إن لم تكن أنت، تجاهل هذه الرسالة: يبقى الطلب حيث هو.",
    action: "إضافة الطلب إلى حسابي",
  },
  en: {
    subject: (n: string) => `Add order #${n} to your account`,
    body: (n: string) => `An account asked to add order #${n}, placed with this address, to its orders.`,
    ignore: "If it was not you, ignore this message: the order stays where it is.",
    action: "Add the order to my account",
  },
}

/** The link that adds an order placed as a guest to the account made later. */
export function orderTransferRequested(data: Record<string, unknown>, locale: MessageLocale): MessageContent {
  const t = T[locale]
  const n = str(data.display_id)
  return {
    subject: t.subject(n),
    blocks: [t.body(n), t.ignore],
    action: { label: t.action, url: str(data.url) },
  }
}
