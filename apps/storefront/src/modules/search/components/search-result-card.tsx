import Link from "next/link"
import type { Currency, Locale } from "@/lib/constants"
import { hitTitle, type SearchHitDocument } from "@/lib/search/search-hit"
import { getMessages } from "@/lib/i18n/messages"
import { formatMoney } from "@/lib/util/money"
import { localePath, paths } from "@/lib/util/paths"
import { regionLabel } from "@/lib/util/moroccan-regions"
import RemoteImage from "@/modules/common/components/remote-image"
import { PHOTO_SIZES } from "@/lib/util/photo-srcset"
import { format } from "@/lib/i18n/format"
import FavouriteButton from "@/modules/favourites/components/favourite-button"
import RatingStars from "@/modules/products/components/rating-stars"
import { intlLocale } from "@/lib/i18n/locales"

type Props = { locale: Locale; currency: Currency; document: SearchHitDocument; eager?: boolean }

export default function SearchResultCard({ locale, currency, document, eager }: Props) {
  const m = getMessages(locale)
  const price = document[`price_${currency}`]
  const title = hitTitle(document, locale)
  return (
    <div className="product-card-frame">
      <Link
        href={localePath(locale, paths.product(document.handle))}
        className="product-card"
        data-testid="search-result"
      >
        <RemoteImage
          src={document.thumbnail}
          alt=""
          width={400}
          height={400}
          sizes={PHOTO_SIZES.card}
          className="product-card__image"
          eager={eager}
        />
        <span className="product-card__title">{title}</span>
        {document.vendor_name ? (
          <span className="product-card__maker">
            {document.vendor_name}
            {document.vendor_region ? ` · ${regionLabel(document.vendor_region, m.regions)}` : ""}
          </span>
        ) : null}
        {document.rating_average !== null && document.rating_count > 0 ? (
          <span
            className="product-card__rating"
            data-testid="result-rating"
            data-average={document.rating_average}
          >
            <RatingStars
              rating={document.rating_average}
              label={format(m.reviews.outOf, {
                rating: new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 1 }).format(
                  document.rating_average
                ),
              })}
            />
            <span className="muted">({document.rating_count})</span>
          </span>
        ) : null}
        <span className="product-card__price" data-testid="product-price">
          {price === null ? m.product.priceUnavailable : formatMoney(price, currency, locale)}
          {document.in_stock ? "" : ` · ${m.search.outOfStock}`}
        </span>
      </Link>
      <FavouriteButton productId={document.id} label={format(m.favourites.toggle, { product: title })} />
    </div>
  )
}
