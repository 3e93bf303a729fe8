import type { Metadata } from "next"
import { FAVOURITES_SHOWN } from "@/lib/constants"
import { getCurrency } from "@/lib/data/currency"
import { listFavourites } from "@/lib/data/favourites"
import { listProducts } from "@/lib/data/products"
import { getRegionForCurrency } from "@/lib/data/regions"
import { inFavouriteOrder } from "@/lib/favourites/guest-favourites"
import { getMessages } from "@/lib/i18n/messages"
import { resolveLocale } from "@/lib/i18n/server"
import SignInTemplate from "@/modules/account/templates/sign-in-template"
import FavouritesTemplate from "@/modules/favourites/templates/favourites-template"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const m = getMessages(resolveLocale((await params).locale))
  return { title: m.favourites.title, robots: { index: false } }
}

export default async function FavouritesPage({ params }: Props) {
  const locale = resolveLocale((await params).locale)
  const favourites = await listFavourites(locale)
  if (!favourites) {
    const m = getMessages(locale)
    return <SignInTemplate locale={locale} next="favourites" intro={m.favourites.signInIntro} />
  }
  const ids = favourites.slice(0, FAVOURITES_SHOWN).map((favourite) => favourite.product_id)
  // the cards' prices in the shopper's currency, from the catalogue's cached reads
  const { products } = ids.length
    ? await listProducts({
        locale,
        regionId: (await getRegionForCurrency(await getCurrency())).id,
        limit: ids.length,
        ids,
      })
    : { products: [] }
  return <FavouritesTemplate locale={locale} products={inFavouriteOrder(ids, products)} />
}
