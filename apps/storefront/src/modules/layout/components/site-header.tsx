import Link from "next/link"
import type { Currency, Locale } from "@/lib/constants"
import { getMessages } from "@/lib/i18n/messages"
import { localePath, paths } from "@/lib/util/paths"
import CartLink from "./cart-link"
import CurrencySwitch from "./currency-switch"
import LanguageSwitch from "./language-switch"
import SearchBox from "@/modules/search/components/search-box"

type Props = { locale: Locale; currency: Currency; cartCount: number }

export default function SiteHeader({ locale, currency, cartCount }: Props) {
  const m = getMessages(locale)
  return (
    <header className="site-header" data-testid="site-header">
      <div className="site-header__bar">
        <Link href={localePath(locale, paths.home())} className="brand" aria-label={m.header.homeLink}>
          <svg className="brand__mark" viewBox="0 0 32 32" width="28" height="28" aria-hidden="true">
            <path d="M16 2 30 16 16 30 2 16Z" fill="currentColor" />
            <path d="M16 9 23 16 16 23 9 16Z" fill="#f2b134" />
          </svg>
          <span className="brand__name">{m.meta.siteName}</span>
        </Link>
        <SearchBox
          locale={locale}
          labels={{
            label: m.search.label,
            placeholder: m.search.placeholder,
            submit: m.search.submit,
            suggestions: m.search.suggestions,
            suggestionsCount: m.search.suggestionsCount,
          }}
        />
        <CurrencySwitch locale={locale} currency={currency} />
        <Link
          href={localePath(locale, paths.account())}
          className="account-link"
          aria-label={m.header.account}
          data-testid="account-link"
        >
          <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
            <circle cx="12" cy="8" r="4" fill="none" stroke="currentColor" strokeWidth="2" />
            <path
              d="M4 21a8 8 0 0 1 16 0"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
              strokeLinecap="round"
            />
          </svg>
        </Link>
        <CartLink locale={locale} count={cartCount} />
      </div>
      <div className="site-header__sub">
        <Link href={localePath(locale, paths.cooperatives())} className="site-header__link">
          {m.header.cooperatives}
        </Link>
        <Link href={localePath(locale, paths.events())} className="site-header__link">
          {m.header.events}
        </Link>

        <LanguageSwitch
          current={locale}
          label={m.languages.label}
          names={{ fr: m.languages.fr, ar: m.languages.ar, en: m.languages.en }}
        />
      </div>
    </header>
  )
}
