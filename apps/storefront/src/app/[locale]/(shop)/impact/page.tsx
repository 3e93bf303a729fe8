import type { Metadata } from "next"
import { getImpact } from "@/lib/data/impact"
import { getMessages } from "@/lib/i18n/messages"
import { resolveLocale } from "@/lib/i18n/server"
import { localeAlternates, paths } from "@/lib/util/paths"
import ImpactTemplate from "@/modules/impact/templates/impact-template"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  const m = getMessages(locale)
  return {
    title: { absolute: m.meta.impactTitle },
    description: m.meta.impactDescription,
    alternates: localeAlternates(locale, paths.impact()),
  }
}

export default async function ImpactPage({ params }: Props) {
  const locale = resolveLocale((await params).locale)
  return <ImpactTemplate locale={locale} figures={await getImpact()} />
}
