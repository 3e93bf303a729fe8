import Link from "next/link"
import { signOut } from "@/lib/actions/portal-auth"
import type { Locale } from "@/lib/constants"
import { getMessages } from "@/lib/i18n/messages"
import { getPortalMessages } from "@/lib/portal/messages"
import { localePath, paths, portalPath } from "@/lib/util/paths"
import LanguageSwitch from "@/modules/layout/components/language-switch"
import InboxNavLink from "@/modules/portal/components/inbox-nav-link"
import StandNavLink from "@/modules/portal/components/stand-nav-link"

type Props = { locale: Locale; cooperativeName?: string }

/**
 * The portal's own simple header: whose space it is (the cooperative's name once signed in),
 * language, sign out, and the sections of a member's work.
 */
export default function PortalHeader({ locale, cooperativeName }: Props) {
  const m = getPortalMessages(locale)
  const shop = getMessages(locale)
  const signedIn = cooperativeName !== undefined
  return (
    <header className="site-header portal-header" data-testid="portal-header">
      <div className="site-header__bar">
        <Link href={portalPath(locale, signedIn ? "/dashboard" : "/sign-in")} className="brand">
          <svg className="brand__mark" viewBox="0 0 32 32" width="28" height="28" aria-hidden="true">
            <path d="M16 2 30 16 16 30 2 16Z" fill="currentColor" />
            <path d="M16 9 23 16 16 23 9 16Z" fill="#f2b134" />
          </svg>
          {signedIn ? (
            <span
              className="brand__name portal-header__name"
              dir="auto"
              data-testid="portal-cooperative-name"
            >
              {cooperativeName}
            </span>
          ) : (
            <span className="brand__name">{m.header.brand}</span>
          )}
          {/* said after the visible name, not instead of it (an aria-label hiding the visible
              name trips up voice control) */}
          <span className="visually-hidden">, {m.header.brandLink}</span>
        </Link>
        {signedIn ? (
          <form action={signOut}>
            <input type="hidden" name="locale" value={locale} />
            <button
              type="submit"
              className="button button--ghost button--small"
              data-testid="portal-sign-out"
            >
              {m.header.signOut}
            </button>
          </form>
        ) : null}
      </div>
      <div className="site-header__sub">
        {signedIn ? (
          <span className="portal-header__space">{m.header.brand}</span>
        ) : (
          <Link href={localePath(locale, paths.home())} className="site-header__link">
            {m.header.shop}
          </Link>
        )}
        <LanguageSwitch
          current={locale}
          label={shop.languages.label}
          names={{ fr: shop.languages.fr, ar: shop.languages.ar, en: shop.languages.en }}
        />
      </div>
      {signedIn ? (
        <nav className="portal-nav" aria-label={m.header.nav}>
          <Link href={portalPath(locale, "/dashboard")} className="portal-nav__link">
            {m.header.dashboard}
          </Link>
          <Link
            href={portalPath(locale, "/orders")}
            className="portal-nav__link"
            data-testid="portal-nav-orders"
          >
            {m.header.orders}
          </Link>
          <StandNavLink locale={locale} />
          <Link href={portalPath(locale, "/products")} className="portal-nav__link">
            {m.header.products}
          </Link>
          <Link
            href={portalPath(locale, "/reviews")}
            className="portal-nav__link"
            data-testid="portal-nav-reviews"
          >
            {m.header.reviews}
          </Link>
          <Link
            href={portalPath(locale, "/earnings")}
            className="portal-nav__link"
            data-testid="portal-nav-earnings"
          >
            {m.header.earnings}
          </Link>
          <Link href={portalPath(locale, "/members")} className="portal-nav__link">
            {m.header.members}
          </Link>
          <InboxNavLink locale={locale} />
        </nav>
      ) : null}
    </header>
  )
}
