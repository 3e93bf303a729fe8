"use client"

import { usePathname, useSearchParams } from "next/navigation"
import { Suspense } from "react"
import { LOCALES, type Locale } from "@/lib/constants"
import { switchLocalePath } from "@/lib/i18n/locales"

type Props = { current: Locale; label: string; names: Record<Locale, string> }

/**
 * Links to the same page in the other languages. A client leaf because the header stays
 * mounted across navigations and must follow the current path (and query, e.g. ?variant=).
 */
export default function LanguageSwitch(props: Props) {
  const pathname = usePathname()
  // Reading the query can bail out of server rendering (404 pages): the fallback keeps the path.
  return (
    <Suspense fallback={<LanguageLinks {...props} pathname={pathname} query="" />}>
      <LanguageLinksWithQuery {...props} pathname={pathname} />
    </Suspense>
  )
}

function LanguageLinksWithQuery(props: Props & { pathname: string }) {
  return <LanguageLinks {...props} query={useSearchParams().toString()} />
}

function LanguageLinks({
  current,
  label,
  names,
  pathname,
  query,
}: Props & { pathname: string; query: string }) {
  return (
    <nav className="language-switch" aria-label={label} data-testid="language-switch">
      {LOCALES.map((locale) => (
        // A plain <a>: a new language changes <html lang dir>, worth a full document load.
        <a
          key={locale}
          href={`${switchLocalePath(pathname, locale)}${query ? `?${query}` : ""}`}
          lang={locale}
          hrefLang={locale}
          className="language-switch__link"
          aria-current={locale === current ? "page" : undefined}
          data-testid={`language-link-${locale}`}
        >
          {names[locale]}
        </a>
      ))}
    </nav>
  )
}
