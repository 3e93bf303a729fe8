import type { Locale } from "@/lib/constants"
import { getMessages } from "@/lib/i18n/messages"

/** What the bazaar is, in three lines: who makes, who vets, how to pay. */
export default function HomeIntro({ locale }: { locale: Locale }) {
  const m = getMessages(locale)
  return (
    <section className="hero">
      <h1 className="hero__title">{m.home.introTitle}</h1>
      <p className="hero__text">{m.home.introText}</p>
      <ul className="hero__points">
        <li>{m.home.trustVerified}</li>
        <li>{m.home.trustCod}</li>
        <li>{m.home.trustCurrencies}</li>
      </ul>
    </section>
  )
}
