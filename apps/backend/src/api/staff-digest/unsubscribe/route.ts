import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateUsersWorkflow } from "@medusajs/medusa/core-flows"
import { escapeHtml } from "../../../lib/messages/layout"
import { orderAccessSecret } from "../../../lib/orders/order-access-token"
import { isDigestUnsubscribeToken } from "../../../lib/staff-digest/unsubscribe-token"
import { DIGEST_OFF } from "../../../workflows/staff-digest/staff-digest-notifications"
import { StaffDigestUnsubscribe } from "./validators"

const TEXTS = {
  ask: {
    fr: "Ne plus recevoir le résumé quotidien de ce qui attend le centre ?",
    ar: "إيقاف الملخص اليومي لما ينتظر المركز؟",
    en: "Stop receiving the daily digest of what waits for the centre?",
  },
  button: { fr: "Arrêter le résumé", ar: "إيقاف الملخص", en: "Stop the digest" },
  done: {
    fr: "C'est fait : vous ne recevrez plus le résumé quotidien.",
    ar: "تم: لن يصلك الملخص اليومي بعد الآن.",
    en: "Done: you will no longer receive the daily digest.",
  },
  invalid: {
    fr: "Ce lien n'est pas valable.",
    ar: "هذا الرابط غير صالح.",
    en: "This link is not valid.",
  },
} as const

/** A small page in the three languages (Arabic right to left); the staff member's language is not known here. */
function page(key: keyof typeof TEXTS, form?: string): string {
  const lines = (["fr", "ar", "en"] as const)
    .map(
      (lang) => `<p lang="${lang}" dir="${lang === "ar" ? "rtl" : "ltr"}">${escapeHtml(TEXTS[key][lang])}</p>`
    )
    .join("")
  const button = form
    ? `<form method="post" action="${escapeHtml(form)}"><button type="submit">${(["fr", "ar", "en"] as const)
        .map((lang) => escapeHtml(TEXTS.button[lang]))
        .join(" · ")}</button></form>`
    : ""
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><meta name="robots" content="noindex"><title>Bazar Solidaire</title></head><body style="font-family:system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem">${lines}${button}</body></html>`
}

function verified(req: MedusaRequest): { user: string } | null {
  const parsed = StaffDigestUnsubscribe.safeParse(req.query)
  if (!parsed.success) {
    return null
  }
  const { user, token } = parsed.data
  return isDigestUnsubscribeToken(orderAccessSecret(req.scope), user, token) ? { user } : null
}

/** The digest's unsubscribe link: a confirmation page, so a mail scanner following links changes nothing. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const link = verified(req)
  res.setHeader("content-type", "text/html; charset=utf-8")
  res.setHeader("referrer-policy", "no-referrer")
  if (!link) {
    res.status(400).send(page("invalid"))
    return
  }
  res.status(200).send(page("ask", req.originalUrl))
}

/** Turns the digest off for the user the signed link names (also the target of one-click unsubscribe). */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const link = verified(req)
  res.setHeader("content-type", "text/html; charset=utf-8")
  if (!link) {
    res.status(400).send(page("invalid"))
    return
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "user",
    fields: ["id", "metadata"],
    filters: { id: link.user },
  })
  if (data[0]) {
    await updateUsersWorkflow(req.scope).run({
      input: { updates: [{ id: link.user, metadata: { ...(data[0].metadata ?? {}), [DIGEST_OFF]: true } }] },
    })
  }
  res.status(200).send(page("done"))
}
