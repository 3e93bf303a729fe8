import type { Locale } from "@/lib/constants"
import { format } from "@/lib/i18n/format"
import { intlLocale } from "@/lib/i18n/locales"
import { getPortalMessages } from "@/lib/portal/messages"
import { formatDay } from "@/lib/portal/orders"
import { ratingStars, reviewAuthor, type PortalReview } from "@/lib/portal/reviews"
import { portalPath } from "@/lib/util/paths"
import type { Pagination as PaginationState } from "@/lib/util/pagination"
import Pagination from "@/modules/common/components/pagination"
import RemoteImage from "@/modules/common/components/remote-image"
import ReviewReply from "@/modules/portal/components/review-reply"

type Props = { locale: Locale; reviews: PortalReview[]; pagination: PaginationState }

/** What buyers said of the cooperative's products, newest first, each with its answer or a form to give it. */
export default function ReviewsTemplate({ locale, reviews, pagination }: Props) {
  const m = getPortalMessages(locale)
  const t = m.reviews
  const forms = { reviews: t, errors: m.errors, common: m.common }
  const dateLocale = intlLocale(locale)
  return (
    <>
      <h1>{t.title}</h1>
      <p className="portal-intro">{t.intro}</p>
      {reviews.length === 0 ? (
        <p className="empty-state" data-testid="reviews-empty">
          {t.empty}
        </p>
      ) : (
        <ul className="portal-reviews" aria-label={t.listLabel} data-testid="portal-reviews">
          {reviews.map((review) => (
            <li
              key={review.id}
              className="portal-review"
              data-testid="portal-review"
              data-review-id={review.id}
            >
              <h2 className="portal-review__product" dir="auto">
                {review.product?.title ?? t.unknownProduct}
              </h2>
              <p className="portal-review__meta">
                <span
                  className="portal-review__stars"
                  role="img"
                  aria-label={format(t.stars, { rating: review.rating })}
                >
                  {ratingStars(review.rating)}
                </span>{" "}
                <bdi>{reviewAuthor(review) || t.anonymous}</bdi>
                {" · "}
                {formatDay(review.created_at, dateLocale)}
              </p>
              {review.body ? (
                <p className="portal-review__body" dir="auto" lang={review.locale ?? undefined}>
                  {review.body}
                </p>
              ) : null}
              {review.photo_urls.length > 0 ? (
                <ul className="portal-review__photos">
                  {review.photo_urls.map((url) => (
                    <li key={url}>
                      <a href={url} target="_blank" rel="noopener">
                        <RemoteImage src={url} alt={t.photoAlt} width={72} height={72} sizes="72px" />
                      </a>
                    </li>
                  ))}
                </ul>
              ) : null}
              <ReviewReply locale={locale} reviewId={review.id} reply={review.reply} m={forms} />
            </li>
          ))}
        </ul>
      )}
      <Pagination locale={locale} pathname={portalPath(locale, "/reviews")} pagination={pagination} />
    </>
  )
}
