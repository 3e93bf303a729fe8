import type { Locale } from "@/lib/constants"
import { format } from "@/lib/i18n/format"
import { localeDirection } from "@/lib/i18n/locales"
import type { Messages } from "@/lib/i18n/messages"
import { reviewAuthor } from "@/lib/shop/reviews"
import type { StoreReview } from "@/lib/types/custom-routes"
import RemoteImage from "@/modules/common/components/remote-image"
import RatingStars from "./rating-stars"

type Props = { review: StoreReview; m: Messages["reviews"]; dates: Intl.DateTimeFormat }

/** One buyer's review: her stars and words, who and when, her photos, and the cooperative's answer. */
export default function ReviewItem({ review, m, dates }: Props) {
  // her words keep the language she wrote in: an Arabic review reads right to left on a French page
  const lang = review.locale ?? undefined
  const dir = review.locale ? localeDirection(review.locale as Locale) : "auto"
  return (
    <li className="review" data-testid="review">
      <RatingStars rating={review.rating} label={format(m.outOf, { rating: review.rating })} />
      {review.body ? (
        <p className="review__body" lang={lang} dir={dir} data-testid="review-body">
          {review.body}
        </p>
      ) : null}
      <p className="review__meta muted">
        <bdi data-testid="review-author">{reviewAuthor(review, m)}</bdi> ·{" "}
        <time dateTime={review.created_at}>{dates.format(new Date(review.created_at))}</time>
      </p>
      {review.photo_urls.length > 0 ? (
        <ul className="review__photos plain-list">
          {review.photo_urls.map((url) => (
            <li key={url}>
              <a href={url} target="_blank" rel="noopener">
                <RemoteImage src={url} alt={m.photoAlt} width={72} height={72} />
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      {review.reply ? (
        <div className="review__reply" data-testid="review-reply">
          <p className="review__reply-title">{m.reply}</p>
          {/* the cooperative may answer in any of the three languages */}
          <p dir="auto">{review.reply}</p>
        </div>
      ) : null}
    </li>
  )
}
