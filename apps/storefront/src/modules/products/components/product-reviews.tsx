import type { Locale } from "@/lib/constants"
import { format, plural } from "@/lib/i18n/format"
import { intlLocale } from "@/lib/i18n/locales"
import { getMessages } from "@/lib/i18n/messages"
import type { StoreProductReviews } from "@/lib/types/custom-routes"
import RatingStars from "./rating-stars"
import ReviewItem from "./review-item"

type Props = { locale: Locale; reviews: StoreProductReviews | null }

/** Buyers' published reviews of a product: its average and count, then the newest reviews. */
export default function ProductReviews({ locale, reviews }: Props) {
  const m = getMessages(locale).reviews
  // reviews that could not be read leave no trace: the product itself still sells
  if (!reviews) {
    return null
  }
  const { average, count } = reviews.rating
  if (count === 0 || average === null) {
    return (
      <section className="product-reviews" aria-label={m.title} data-testid="product-reviews">
        <p className="muted" data-testid="reviews-empty">
          {m.empty}
        </p>
      </section>
    )
  }
  const averageText = new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 1 }).format(average)
  const dates = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "long" })
  return (
    <section
      className="product-reviews"
      aria-labelledby="product-reviews-title"
      data-testid="product-reviews"
    >
      <h2 id="product-reviews-title">{m.title}</h2>
      <p
        className="product-reviews__average"
        data-testid="product-rating"
        data-average={average}
        data-count={count}
      >
        <RatingStars rating={average} />
        <span>{format(m.outOf, { rating: averageText })}</span>
        <span className="muted">{plural(locale, count, m.count)}</span>
      </p>
      <ul className="product-reviews__list plain-list">
        {reviews.reviews.map((review) => (
          <ReviewItem key={review.id} review={review} m={m} dates={dates} />
        ))}
      </ul>
    </section>
  )
}
