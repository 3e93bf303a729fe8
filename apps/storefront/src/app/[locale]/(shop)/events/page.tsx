import type { Metadata } from "next"
import { listEvents } from "@/lib/data/events"
import { getMessages } from "@/lib/i18n/messages"
import { resolveLocale } from "@/lib/i18n/server"
import { localeAlternates, paths } from "@/lib/util/paths"
import EventsTemplate from "@/modules/events/templates/events-template"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ when?: string | string[] }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  const m = getMessages(locale)
  return {
    title: m.meta.eventsTitle,
    description: m.meta.eventsDescription,
    alternates: localeAlternates(locale, paths.events()),
  }
}

export default async function EventsPage({ params, searchParams }: Props) {
  const locale = resolveLocale((await params).locale)
  const past = (await searchParams).when === "past"
  const events = await listEvents(locale, past ? "past" : "upcoming")
  return <EventsTemplate locale={locale} events={events} past={past} />
}
