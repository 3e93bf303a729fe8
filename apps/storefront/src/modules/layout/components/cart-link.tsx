import Link from "next/link"
import type { Locale } from "@/lib/constants"
import { plural } from "@/lib/i18n/format"
import { getMessages } from "@/lib/i18n/messages"
import { localePath, paths } from "@/lib/util/paths"

type Props = { locale: Locale; count: number }

/** The header's way to the cart, with how many pieces are in it. */
export default function CartLink({ locale, count }: Props) {
  const m = getMessages(locale)
  return (
    <Link href={localePath(locale, paths.cart())} className="cart-link" data-testid="cart-link">
      {/* the name is this text, not an aria-label: a label without the visible count ("Panier vide"
          beside "0") leaves voice-control users unable to say what they see */}
      <span className="visually-hidden">{plural(locale, count, m.header.cartCount)}</span>
      <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" className="cart-link__icon">
        <path
          d="M3 4h2l2.4 11.2a2 2 0 0 0 2 1.6h7.7a2 2 0 0 0 2-1.5L21 8H6.2"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
        <circle cx="10" cy="20.5" r="1.5" fill="currentColor" />
        <circle cx="17" cy="20.5" r="1.5" fill="currentColor" />
      </svg>
      <span className="cart-link__count" data-testid="cart-count" aria-hidden="true">
        {count}
      </span>
    </Link>
  )
}
