import { str, type MessageContent, type MessageLocale } from "../layout"

const T = {
  fr: {
    existsSubject: "Vous avez déjà un compte",
    exists: "Quelqu'un a essayé de créer un compte avec cette adresse, qui en a déjà un.",
    existsHelp:
      "Si c'était vous, connectez-vous ou choisissez un nouveau mot de passe. Sinon, ignorez ce message.",
    existsAction: "Se connecter",
    lockedSubject: "Connexion bloquée pour un moment",
    locked: (minutes: string) =>
      `Après plusieurs mots de passe erronés, la connexion à votre compte est bloquée pendant ${minutes} minutes.`,
    lockedHelp:
      "Si ce n'était pas vous, quelqu'un essaie de deviner votre mot de passe : choisissez-en un nouveau.",
  },
  ar: {
    existsSubject: "لديك حساب من قبل",
    exists: "حاول أحدهم إنشاء حساب بهذا العنوان، وله حساب من قبل.",
    existsHelp: "إن كنت أنت، سجّل الدخول أو اختر كلمة سر جديدة. وإلا فتجاهل هذه الرسالة.",
    existsAction: "تسجيل الدخول",
    lockedSubject: "تم إيقاف الدخول لبعض الوقت",
    locked: (minutes: string) =>
      `بعد عدة محاولات بكلمة سر خاطئة، أُوقف الدخول إلى حسابك لمدة ${minutes} دقيقة.`,
    lockedHelp: "إن لم تكن أنت، فهناك من يحاول تخمين كلمة سرك: اختر كلمة سر جديدة.",
  },
  en: {
    existsSubject: "You already have an account",
    exists: "Someone tried to create an account with this address, which already has one.",
    existsHelp: "If it was you, sign in or choose a new password. Otherwise, ignore this message.",
    existsAction: "Sign in",
    lockedSubject: "Sign-in locked for a while",
    locked: (minutes: string) =>
      `After several wrong passwords, signing in to your account is locked for ${minutes} minutes.`,
    lockedHelp: "If it was not you, someone is guessing your password: choose a new one.",
  },
}

/** Answers a registration with an address that already has a login (the form does not say so). */
export function accountExists(data: Record<string, unknown>, locale: MessageLocale): MessageContent {
  const t = T[locale]
  return {
    subject: t.existsSubject,
    blocks: [t.exists, t.existsHelp],
    action: { label: t.existsAction, url: str(data.url) },
  }
}

/** Tells an account's owner sign-in was locked after repeated wrong passwords. */
export function accountLocked(data: Record<string, unknown>, locale: MessageLocale): MessageContent {
  const t = T[locale]
  return { subject: t.lockedSubject, blocks: [t.locked(str(data.minutes)), t.lockedHelp] }
}
