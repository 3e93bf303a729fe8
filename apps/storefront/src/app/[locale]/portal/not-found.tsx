import { locale as localeParam } from "next/root-params"
import { getMessages } from "@/lib/i18n/messages"
import { resolveLocale } from "@/lib/i18n/server"
import NotFoundContent from "@/modules/common/components/not-found-content"

export async function generateMetadata() {
  const locale = resolveLocale(await localeParam())
  return { title: getMessages(locale).meta.notFoundTitle }
}

export default async function PortalNotFound() {
  const locale = resolveLocale(await localeParam())
  return <NotFoundContent locale={locale} />
}
