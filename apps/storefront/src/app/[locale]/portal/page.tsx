import { redirect } from "next/navigation"
import { getPortalSession } from "@/lib/data/portal"
import { resolveLocale } from "@/lib/i18n/server"
import { portalPath } from "@/lib/util/paths"

type Props = { params: Promise<{ locale: string }> }

export default async function PortalIndex({ params }: Props) {
  const locale = resolveLocale((await params).locale)
  const session = await getPortalSession(locale)
  redirect(portalPath(locale, session ? "/dashboard" : "/sign-in"))
}
