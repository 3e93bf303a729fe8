import Link from "next/link"
import type { ReactNode } from "react"
import { getMessages } from "@/lib/i18n/messages"
import { resolveLocale } from "@/lib/i18n/server"
import { localePath, paths } from "@/lib/util/paths"
import "@/modules/portal/portal.css"
import "@/modules/checkout/checkout.css"

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

/** The checkout keeps only the brand and a way back to the cart: nothing to wander off to mid-order. */
export default async function CheckoutLayout({ children, params }: Props) {
  const locale = resolveLocale((await params).locale)
  const m = getMessages(locale)
  return (
    <>
      <header className="checkout-header">
        <Link href={localePath(locale, paths.home())} className="brand">
          <span className="brand__name">{m.meta.siteName}</span>
        </Link>
        <Link href={localePath(locale, paths.cart())} className="checkout-header__back">
          <span className="flip-rtl" aria-hidden="true">
            ←
          </span>{" "}
          {m.checkout.backToCart}
        </Link>
      </header>
      <main id="main" className="page page--narrow">
        {children}
      </main>
    </>
  )
}
