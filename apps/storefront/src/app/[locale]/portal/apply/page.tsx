import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { getPortalSession } from "@/lib/data/portal"
import { getMessages } from "@/lib/i18n/messages"
import { resolveLocale } from "@/lib/i18n/server"
import { getPortalMessages } from "@/lib/portal/messages"
import { MOROCCAN_REGIONS, regionLabel } from "@/lib/util/moroccan-regions"
import { portalPath } from "@/lib/util/paths"
import ApplyForm from "@/modules/portal/components/apply-form"
import PortalPage from "@/modules/portal/templates/portal-page"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  return { title: getPortalMessages(locale).meta.apply }
}

export default async function ApplyPage({ params }: Props) {
  const locale = resolveLocale((await params).locale)
  if (await getPortalSession(locale)) {
    redirect(portalPath(locale, "/dashboard"))
  }
  const m = getPortalMessages(locale)
  const regionNames = getMessages(locale).regions
  const regions = MOROCCAN_REGIONS.map((region) => ({
    value: region,
    label: regionLabel(region, regionNames),
  }))
  return (
    <PortalPage title={m.apply.title} intro={m.apply.intro}>
      <ApplyForm
        locale={locale}
        m={{ apply: m.apply, errors: m.errors, common: m.common }}
        regions={regions}
        signInHref={portalPath(locale, "/sign-in")}
      />
    </PortalPage>
  )
}
