import type { Locale } from "@/lib/constants"
import { format, plural } from "@/lib/i18n/format"
import { intlLocale } from "@/lib/i18n/locales"
import { getMessages } from "@/lib/i18n/messages"
import RatingStars from "@/modules/products/components/rating-stars"

type Props = { locale: Locale; rating: { average: number | null; count: number } }

/** What buyers thought of a cooperative's products: the average of their published reviews. */
export default function CooperativeRating({ locale, rating }: Props) {
  if (!rating.count || rating.average === null) {
    return null
  }
  const m = getMessages(locale).reviews
  const average = new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 1 }).format(
    rating.average
  )
  return (
    <p
      className="product-reviews__average"
      data-testid="cooperative-rating"
      data-average={rating.average}
      data-count={rating.count}
    >
      <RatingStars rating={rating.average} />
      <span>{format(m.outOf, { rating: average })}</span>
      <span className="muted">{plural(locale, rating.count, m.count)}</span>
    </p>
  )
}
