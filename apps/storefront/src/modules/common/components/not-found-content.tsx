import Link from "next/link"
import type { Locale } from "@/lib/constants"
import { getMessages } from "@/lib/i18n/messages"
import { localePath, paths } from "@/lib/util/paths"

export default function NotFoundContent({ locale }: { locale: Locale }) {
  const m = getMessages(locale)
  return (
    <section className="message-page">
      <p className="message-page__code" aria-hidden="true">
        404
      </p>
      <h1>{m.notFound.title}</h1>
      <p>{m.notFound.text}</p>
      <p className="message-page__actions">
        <Link href={localePath(locale, paths.home())} className="button">
          {m.notFound.backHome}
        </Link>
        <Link href={localePath(locale, paths.cooperatives())} className="button button--ghost">
          {m.notFound.browseCooperatives}
        </Link>
      </p>
    </section>
  )
}
