import Link from "next/link"
import type { Locale } from "@/lib/constants"
import { format } from "@/lib/i18n/format"
import { getMessages } from "@/lib/i18n/messages"
import { getPortalMessages } from "@/lib/portal/messages"
import { localePath, paths, portalPath } from "@/lib/util/paths"

export default function SiteFooter({ locale }: { locale: Locale }) {
  const m = getMessages(locale)
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p>{m.footer.about}</p>
        <p>
          <Link href={localePath(locale, paths.cooperatives())}>{m.header.cooperatives}</Link>
        </p>
        <p>
          <Link href={localePath(locale, paths.impact())} data-testid="footer-impact-link">
            {m.footer.impact}
          </Link>
        </p>
        <p>
          <Link href={portalPath(locale, "/apply")} data-testid="footer-portal-link">
            {getPortalMessages(locale).header.sellWithUs}
          </Link>
        </p>
        <p className="site-footer__copyright">
          {format(m.footer.copyright, { year: new Date().getFullYear() })}
        </p>
      </div>
    </footer>
  )
}
