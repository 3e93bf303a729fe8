import Link from "next/link"
import type { Currency, Locale } from "@/lib/constants"
import { getMessages } from "@/lib/i18n/messages"
import { localePath, paths } from "@/lib/util/paths"
import { shopPaths } from "@/lib/shop/paths"
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
        <Link
          href={localePath(locale, paths.home())}
          className="brand"
          aria-label={m.header.homeLink}
        >
          <svg
            className="brand__mark"
            viewBox="0 0 32 32"
            width="28"
            height="28"
            aria-hidden="true"
          >
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
        <CartLink locale={locale} count={cartCount} />
      </div>
      <div className="site-header__sub">
        <Link
          href={localePath(locale, paths.cooperatives())}
          className="site-header__link"
        >
          {m.header.cooperatives}
        </Link>
        <Link
          href={localePath(locale, shopPaths.account())}
          className="site-header__link"
          data-testid="account-link"
        >
          {m.header.account}
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
