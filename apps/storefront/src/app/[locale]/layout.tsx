import type { Metadata, Viewport } from "next"
import type { ReactNode } from "react"
import { env } from "@/lib/config"
import { getMessages } from "@/lib/i18n/messages"
import { localeDirection } from "@/lib/i18n/locales"
import { resolveLocale } from "@/lib/i18n/server"
import { ErrorTextProvider } from "@/modules/common/components/error-text"
import "@/styles/globals.css"

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  const m = getMessages(locale)
  return {
    metadataBase: new URL(env.storefrontUrl),
    title: { default: m.meta.homeTitle, template: `%s · ${m.meta.siteName}` },
    description: m.meta.homeDescription,
    applicationName: m.meta.siteName,
    openGraph: { siteName: m.meta.siteName, type: "website" },
  }
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#b5502f",
}

/** Root layout: the locale decides the document language and direction (Arabic reads right to left). */
export default async function LocaleLayout({ children, params }: Props) {
  const locale = resolveLocale((await params).locale)
  return (
    <html lang={locale} dir={localeDirection(locale)}>
      <body>
        <ErrorTextProvider value={getMessages(locale).error}>{children}</ErrorTextProvider>
      </body>
    </html>
  )
}
