export const MESSAGE_LOCALES = ["fr", "ar", "en"] as const
export type MessageLocale = (typeof MESSAGE_LOCALES)[number]

/** One message as sent: a subject, a plain-text body and the same content in HTML. */
export type RenderedMessage = { subject: string; text: string; html: string }

/** A paragraph, a bulleted list, or a heading line; each rendered to HTML (escaped) and to plain text. */
export type Block = string | { list: string[] } | { heading: string }

/** What a template says, independent of the format: the layout turns it into text and HTML alike. */
export type MessageContent = {
  subject: string
  blocks: Block[]
  action?: { label: string; url: string }
}

/** A template: its texts in every language, from the notification's data. */
export type MessageTemplate = (data: Record<string, unknown>, locale: MessageLocale) => MessageContent

/**
 * A template's short SMS version: one line in the recipient's language, signed, at most one link.
 * Kept within one SMS where it can (160 GSM characters, 70 in Arabic; see sms-length.ts).
 */
export type SmsTemplate = (data: Record<string, unknown>, locale: MessageLocale) => string

const SIGNATURE: Record<MessageLocale, string> = {
  fr: "Bazar Solidaire",
  ar: "البازار التضامني",
  en: "Bazar Solidaire",
}

/** The recipient's language from a notification's data; French, the centre's working language, when unknown. */
export function messageLocale(value: unknown): MessageLocale {
  return MESSAGE_LOCALES.includes(value as MessageLocale) ? (value as MessageLocale) : "fr"
}

/** How an SMS names its sender, first, since a phone shows only the first words. */
export const SMS_SIGNATURE = SIGNATURE

/** Escapes text for HTML element content and double-quoted attributes. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;")
}

function blockHtml(block: Block): string {
  if (typeof block === "string") {
    return `<p style="margin:0 0 12px">${escapeHtml(block)}</p>`
  }
  if ("heading" in block) {
    return `<h2 style="font-size:16px;margin:16px 0 8px">${escapeHtml(block.heading)}</h2>`
  }
  return `<ul style="margin:0 0 12px;padding-inline-start:20px">${block.list
    .map((item) => `<li>${escapeHtml(item)}</li>`)
    .join("")}</ul>`
}

function blockText(block: Block): string {
  if (typeof block === "string") {
    return block
  }
  if ("heading" in block) {
    return block.heading
  }
  return block.list.map((item) => `- ${item}`).join("\n")
}

/**
 * Renders a message's content as plain text and as HTML. Arabic gets dir="rtl" on the document and
 * logical padding, so mail clients lay it out right to left; inline styles because mail clients drop
 * <style> sheets.
 */
export function renderContent(content: MessageContent, locale: MessageLocale): RenderedMessage {
  const dir = locale === "ar" ? "rtl" : "ltr"
  const action = content.action
  const text = [
    ...content.blocks.map(blockText),
    ...(action ? [`${action.label}: ${action.url}`] : []),
    `-- \n${SIGNATURE[locale]}`,
  ].join("\n\n")
  const button = action
    ? `<p style="margin:20px 0"><a href="${escapeHtml(action.url)}" style="background:#9a3412;color:#ffffff;padding:10px 18px;border-radius:6px;text-decoration:none;display:inline-block">${escapeHtml(action.label)}</a></p>`
    : ""
  const html = `<!doctype html>
<html lang="${locale}" dir="${dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(content.subject)}</title></head>
<body dir="${dir}" style="margin:0;padding:16px;background:#faf7f2;font-family:Arial,Helvetica,sans-serif;color:#1c1917;text-align:start">
<div style="max-width:560px;margin:0 auto;background:#ffffff;padding:20px;border-radius:8px">
${content.blocks.map(blockHtml).join("\n")}
${button}
<p style="margin:24px 0 0;color:#78716c;font-size:13px">${escapeHtml(SIGNATURE[locale])}</p>
</div>
</body>
</html>`
  return { subject: content.subject, text, html }
}

/** Amounts as Medusa stores them (major units) in the recipient's language, e.g. "240,00 MAD". */
export function formatMoney(amount: unknown, currencyCode: unknown, locale: MessageLocale): string {
  const value = Number(amount)
  const currency = typeof currencyCode === "string" && currencyCode ? currencyCode.toUpperCase() : "MAD"
  if (!Number.isFinite(value)) {
    return ""
  }
  // Latin digits in Arabic too: Moroccan Arabic writes amounts that way
  const tag = locale === "ar" ? "ar-MA-u-nu-latn" : locale === "fr" ? "fr-MA" : "en-GB"
  return new Intl.NumberFormat(tag, { style: "currency", currency, currencyDisplay: "code" }).format(value)
}

/** A date in the recipient's language (day, month in words, year). */
export function formatDate(value: unknown, locale: MessageLocale): string {
  const date = new Date(value as string)
  if (Number.isNaN(date.getTime())) {
    return ""
  }
  const tag = locale === "ar" ? "ar-MA-u-nu-latn" : locale === "fr" ? "fr-FR" : "en-GB"
  return new Intl.DateTimeFormat(tag, { day: "numeric", month: "long", year: "numeric" }).format(date)
}

/** A short date for SMS ("7 déc.", "7 Dec"): one SMS has little room. */
export function formatShortDate(value: unknown, locale: MessageLocale): string {
  const date = new Date(value as string)
  if (Number.isNaN(date.getTime())) {
    return ""
  }
  const tag = locale === "ar" ? "ar-MA-u-nu-latn" : locale === "fr" ? "fr-FR" : "en-GB"
  return new Intl.DateTimeFormat(tag, { day: "numeric", month: "short" }).format(date)
}

/** A string field of the data, or "" (templates never print "undefined"). */
export function str(value: unknown): string {
  return typeof value === "string" || typeof value === "number" ? String(value) : ""
}
