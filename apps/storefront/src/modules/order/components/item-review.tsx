import type { Locale } from "@/lib/constants"
import { format } from "@/lib/i18n/format"
import { getMessages } from "@/lib/i18n/messages"
import type { StoreOwnReview } from "@/lib/types/custom-routes"
import ReviewForm from "./review-form"

type Props = { locale: Locale; productId: string; review?: StoreOwnReview }

/**
 * Under a delivered item of her order: where her review of the product stands with the centre, and
 * the form to write it, or to change it (a refused one can be put right and sent again).
 */
export default function ItemReview({ locale, productId, review }: Props) {
  const m = getMessages(locale)
  const r = m.reviews
  const status =
    review?.status === "rejected" && review.rejection_reason
      ? format(r.rejectedBecause, { reason: review.rejection_reason })
      : review && r.status[review.status]
  return (
    <div className="item-review">
      {review ? (
        <p className="item-review__status muted" data-testid="review-status" data-status={review.status}>
          {format(r.mine, { status: status ?? "" })}
        </p>
      ) : null}
      <ReviewForm
        locale={locale}
        productId={productId}
        review={review && { id: review.id, rating: review.rating, body: review.body }}
        labels={{
          open: review ? r.edit : r.write,
          yourRating: r.yourRating,
          outOf: [1, 2, 3, 4, 5].map((rating) => format(r.outOf, { rating })),
          text: r.text,
          photos: r.photos,
          photosReplace: review?.photo_urls.length ? r.photosReplace : undefined,
          submit: r.submit,
          sending: r.sending,
          sent: r.sent,
        }}
        errors={{
          ...m.shopErrors,
          reviewRating: r.ratingMissing,
          reviewNotDelivered: r.notDelivered,
          reviewExists: r.exists,
          photoCount: m.returns.photoCount,
          photoType: m.returns.photoType,
          photoSize: m.returns.photoSize,
        }}
      />
    </div>
  )
}
