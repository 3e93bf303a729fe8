import { str, type MessageContent, type MessageLocale } from "../layout"

const T = {
  fr: {
    subject: "Une invitation à une autre coopérative",
    body: (vendor: string) =>
      `${vendor} vous a invité(e) à rejoindre son équipe. Vous êtes déjà membre d'une coopérative sur le Bazar Solidaire, et une personne ne peut appartenir qu'à une seule : quittez-la d'abord si vous souhaitez rejoindre celle-ci.`,
    unnamed: "Une coopérative",
    action: "Se connecter au portail",
  },
  ar: {
    subject: "دعوة إلى تعاونية أخرى",
    body: (vendor: string) =>
      `دعتكم ${vendor} للانضمام إلى فريقها. أنتم أعضاء في تعاونية أخرى في البازار التضامني، ولا يمكن الانتماء إلا لتعاونية واحدة: غادروها أولا إن أردتم الانضمام إلى هذه.`,
    unnamed: "تعاونية",
    action: "الدخول إلى البوابة",
  },
  en: {
    subject: "An invitation to another cooperative",
    body: (vendor: string) =>
      `${vendor} invited you to join its team. You are already a member of a cooperative on Bazar Solidaire, and a person can belong to one only: leave it first if you wish to join this one.`,
    unnamed: "A cooperative",
    action: "Sign in to the portal",
  },
}

/** Tells an existing member she was invited elsewhere (the inviter is not told she is a member). */
export function vendorInviteAlreadyMember(
  data: Record<string, unknown>,
  locale: MessageLocale
): MessageContent {
  const t = T[locale]
  return {
    subject: t.subject,
    blocks: [t.body(str(data.vendor_name) || t.unnamed)],
    action: { label: t.action, url: str(data.url) },
  }
}
