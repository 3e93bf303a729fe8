import { str, type MessageContent, type MessageLocale, type MessageTemplate } from "../layout"

type Action = "approve" | "reject" | "suspend" | "reinstate"

const T: Record<
  MessageLocale,
  Record<Action, { subject: (v: string) => string; body: string }> & {
    reason: (reason: string) => string
    action: string
  }
> = {
  fr: {
    approve: {
      subject: (v) => `${v} est acceptée sur le Bazar Solidaire`,
      body: "Le centre a accepté votre coopérative. Vous pouvez proposer vos produits dès maintenant.",
    },
    reject: {
      subject: (v) => `La demande de ${v} n'a pas été acceptée`,
      body: "Le centre n'a pas accepté la demande de votre coopérative.",
    },
    suspend: {
      subject: (v) => `${v} est suspendue`,
      body: "Le centre a suspendu votre coopérative : vos produits ne sont plus visibles des clients.",
    },
    reinstate: {
      subject: (v) => `${v} est de nouveau active`,
      body: "Le centre a rétabli votre coopérative : vos produits publiés sont de nouveau visibles.",
    },
    reason: (reason) => `Raison : ${reason}`,
    action: "Ouvrir le portail",
  },
  ar: {
    approve: {
      subject: (v) => `تم قبول ${v} في البازار التضامني`,
      body: "قبل المركز تعاونيتكم. يمكنكم اقتراح منتجاتكم من الآن.",
    },
    reject: {
      subject: (v) => `لم يُقبل طلب ${v}`,
      body: "لم يقبل المركز طلب تعاونيتكم.",
    },
    suspend: {
      subject: (v) => `تم توقيف ${v}`,
      body: "أوقف المركز تعاونيتكم: منتجاتكم لم تعد ظاهرة للزبناء.",
    },
    reinstate: {
      subject: (v) => `عادت ${v} إلى النشاط`,
      body: "أعاد المركز تفعيل تعاونيتكم: منتجاتكم المنشورة ظاهرة من جديد.",
    },
    reason: (reason) => `السبب: ${reason}`,
    action: "فتح البوابة",
  },
  en: {
    approve: {
      subject: (v) => `${v} is accepted on Bazar Solidaire`,
      body: "The centre accepted your cooperative. You can propose your products now.",
    },
    reject: {
      subject: (v) => `${v}'s application was not accepted`,
      body: "The centre did not accept your cooperative's application.",
    },
    suspend: {
      subject: (v) => `${v} is suspended`,
      body: "The centre suspended your cooperative: shoppers no longer see your products.",
    },
    reinstate: {
      subject: (v) => `${v} is active again`,
      body: "The centre reinstated your cooperative: your published products are visible again.",
    },
    reason: (reason) => `Reason: ${reason}`,
    action: "Open the portal",
  },
}

function vendorDecision(action: Action): MessageTemplate {
  return (data: Record<string, unknown>, locale: MessageLocale): MessageContent => {
    const t = T[locale]
    const reason = str(data.reason)
    return {
      subject: t[action].subject(str(data.vendor_name)),
      blocks: [t[action].body, ...(reason ? [t.reason(reason)] : [])],
      action: { label: t.action, url: str(data.portal_url) },
    }
  }
}

/** The staff's decisions on a cooperative, told to its owners, with the reason when one was given. */
export const vendorApprove = vendorDecision("approve")
export const vendorReject = vendorDecision("reject")
export const vendorSuspend = vendorDecision("suspend")
export const vendorReinstate = vendorDecision("reinstate")
