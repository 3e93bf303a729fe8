import type { ReactNode } from "react"
import type { Locale } from "@/lib/constants"
import { getCart } from "@/lib/data/cart"
import { listCategories } from "@/lib/data/categories"
import { getCustomerToken } from "@/lib/data/cookies"
import { getCurrency } from "@/lib/data/currency"
import { getMessages } from "@/lib/i18n/messages"
import { itemCount } from "@/lib/shop/cart-groups"
import FavouritesProvider from "@/modules/favourites/components/favourites-provider"
import CategoryNav from "@/modules/layout/components/category-nav"
import SiteFooter from "@/modules/layout/components/site-footer"
import SiteHeader from "@/modules/layout/components/site-header"

type Props = { locale: Locale; children: ReactNode }

/** Header, category strip, page, footer: the frame of every shop page. */
export default async function ShopShell({ locale, children }: Props) {
  const m = getMessages(locale)
  const [categories, currency, cart, token] = await Promise.all([
    listCategories(locale),
    getCurrency(),
    getCart(locale),
    getCustomerToken(),
  ])
  return (
    // the hearts on cards and product pages read one list, loaded once per visit
    <FavouritesProvider signedIn={!!token}>
      <a className="skip-link" href="#main">
        {m.header.skipToContent}
      </a>
      <SiteHeader locale={locale} currency={currency} cartCount={itemCount(cart?.items)} />
      <CategoryNav locale={locale} categories={categories} />
      <main id="main" className="page">
        {children}
      </main>
      <SiteFooter locale={locale} />
    </FavouritesProvider>
  )
}
