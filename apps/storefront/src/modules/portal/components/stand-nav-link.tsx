import Link from "next/link"
import type { Locale } from "@/lib/constants"
import { getPortalSession } from "@/lib/data/portal"
import { getStandSales } from "@/lib/data/portal-stand"
import { getPortalMessages } from "@/lib/portal/messages"
import { portalPath } from "@/lib/util/paths"

/** "My stand" in the portal's menu, only while the cooperative holds a stand at a running event. */
export default async function StandNavLink({ locale }: { locale: Locale }) {
  const session = await getPortalSession(locale)
  // the menu shows even when the stands cannot be had
  const sales = session ? await getStandSales(session, 1).catch(() => null) : null
  if (!sales?.stands.length) {
    return null
  }
  return (
    <Link href={portalPath(locale, "/stand")} className="portal-nav__link" data-testid="portal-nav-stand">
      {getPortalMessages(locale).header.stand}
    </Link>
  )
}
