import Link from "next/link"
import type { Locale } from "@/lib/constants"
import { getMessages } from "@/lib/i18n/messages"
import type { StoreProduct } from "@/lib/types/store"
import { localePath, paths } from "@/lib/util/paths"
import ProductGrid from "@/modules/products/components/product-grid"

type Props = { locale: Locale; products: StoreProduct[] }

/** The signed-in shopper's favourites, newest first, as product cards (a heart takes one out). */
export default function FavouritesTemplate({ locale, products }: Props) {
  const m = getMessages(locale)
  return (
    <section className="account" data-testid="favourites">
      <p>
        <Link href={localePath(locale, paths.account())}>{m.account.backToAccount}</Link>
      </p>
      <h1>{m.favourites.title}</h1>
      {products.length ? <p className="muted">{m.favourites.intro}</p> : null}
      <ProductGrid locale={locale} products={products} emptyText={m.favourites.empty} />
    </section>
  )
}
