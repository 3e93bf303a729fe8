import type { Metadata } from "next"
import { LOCALES } from "@/lib/constants"
import { getMessages } from "@/lib/i18n/messages"
import { localeDirection } from "@/lib/i18n/locales"
import "@/styles/globals.css"

export const metadata: Metadata = {
  title: LOCALES.map((locale) => getMessages(locale).notFound.title).join(" · "),
}

/** URLs outside any language (/xx/…): no locale to pick, so the message is given in all three. */
export default function GlobalNotFound() {
  return (
    <html lang="fr" dir="ltr">
      <body>
        <main id="main" className="page">
          {LOCALES.map((locale) => {
            const m = getMessages(locale)
            return (
              <section key={locale} lang={locale} dir={localeDirection(locale)} className="message-page">
                <h1>{m.notFound.title}</h1>
                <p>{m.notFound.text}</p>
                <p>
                  <a href={`/${locale}`} className="button">
                    {m.notFound.backHome}
                  </a>
                </p>
              </section>
            )
          })}
        </main>
      </body>
    </html>
  )
}
