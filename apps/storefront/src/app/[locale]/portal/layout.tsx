import type { Metadata } from "next"
import type { ReactNode } from "react"
import { getPortalSession } from "@/lib/data/portal"
import { resolveLocale } from "@/lib/i18n/server"
import { getPortalMessages } from "@/lib/portal/messages"
import ProductOutbox from "@/modules/portal/components/product-outbox"
import PortalServiceWorker from "@/modules/portal/components/service-worker"
import { portalPath } from "@/lib/util/paths"
import PortalShell from "@/modules/portal/templates/portal-shell"
import "@/modules/portal/portal.css"

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  return {
    title: getPortalMessages(locale).meta.portal,
    // members' pages are private; the application page is reached from the shop, not from search
    robots: { index: false, follow: false },
    // installable: the manifest opens the portal in this language (manifest.webmanifest/route.ts)
    manifest: `/${locale}/portal/manifest.webmanifest`,
  }
}

export default async function PortalLayout({ children, params }: Props) {
  const locale = resolveLocale((await params).locale)
  const session = await getPortalSession(locale)
  return (
    <PortalShell locale={locale} cooperativeName={session?.vendor.name}>
      {/* products saved offline are sent from any portal page, for a signed-in member */}
      {session ? (
        <ProductOutbox
          m={getPortalMessages(locale).offline}
          newProductHref={portalPath(locale, "/products/new")}
        />
      ) : null}
      {children}
      <PortalServiceWorker locale={locale} />
    </PortalShell>
  )
}
