import type { ReactNode } from "react"
import type { Locale } from "@/lib/constants"
import { getPortalMessages } from "@/lib/portal/messages"
import PortalHeader from "@/modules/portal/components/portal-header"

type Props = { locale: Locale; cooperativeName?: string; children: ReactNode }

/** The frame of every portal page: a simple header and one narrow column for one task. */
export default function PortalShell({ locale, cooperativeName, children }: Props) {
  return (
    <>
      <a className="skip-link" href="#main">
        {getPortalMessages(locale).header.skipToContent}
      </a>
      <PortalHeader locale={locale} cooperativeName={cooperativeName} />
      <main id="main" className="page portal-page">
        {children}
      </main>
    </>
  )
}
