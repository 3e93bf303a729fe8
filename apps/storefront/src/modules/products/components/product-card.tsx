import Link from "next/link"
import type { Locale } from "@/lib/constants"
import { format } from "@/lib/i18n/format"
import { getMessages } from "@/lib/i18n/messages"
import type { StoreProduct } from "@/lib/types/store"
import { formatMoney } from "@/lib/util/money"
import { localePath, paths } from "@/lib/util/paths"
import { cheapestPrice } from "@/lib/util/prices"
import RemoteImage from "@/modules/common/components/remote-image"
import { PHOTO_SIZES } from "@/lib/util/photo-srcset"
import FavouriteButton from "@/modules/favourites/components/favourite-button"

type Props = { locale: Locale; product: StoreProduct; eager?: boolean }

function priceLabel(locale: Locale, product: StoreProduct): string {
  const m = getMessages(locale)
  const price = cheapestPrice(product.variants)
  if (!price) {
    return m.product.priceUnavailable
  }
  const amount = formatMoney(price.amount, price.currencyCode, locale)
  return price.isRange ? format(m.product.from, { price: amount }) : amount
}

export default function ProductCard({ locale, product, eager }: Props) {
  const m = getMessages(locale)
  return (
    // the heart sits beside the link, not in it: a button inside a link is not allowed
    <div className="product-card-frame">
      <Link
        href={localePath(locale, paths.product(product.handle))}
        className="product-card"
        data-testid="product-card"
      >
        <RemoteImage
          src={product.thumbnail}
          // The title follows inside the same link: an alt text would be read twice.
          alt=""
          width={400}
          height={400}
          sizes={PHOTO_SIZES.card}
          className="product-card__image"
          eager={eager}
        />
        <span className="product-card__title">{product.title}</span>
        <span className="product-card__price" data-testid="product-price">
          {priceLabel(locale, product)}
        </span>
      </Link>
      <FavouriteButton
        productId={product.id}
        label={format(m.favourites.toggle, { product: product.title })}
      />
    </div>
  )
}
