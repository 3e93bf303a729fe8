"use client"

import { useActionState } from "react"
import { sendReview } from "@/lib/actions/reviews"
import { valueOf, type FormState } from "@/lib/forms/form"
import { MAX_REVIEW_LENGTH } from "@/lib/shop/reviews"
import FormAlert from "@/modules/common/components/forms/form-alert"
import SubmitButton from "@/modules/common/components/forms/submit-button"

export type ReviewFormLabels = {
  open: string
  yourRating: string
  /** "{n} sur 5" for each star, read by screen readers */
  outOf: string[]
  text: string
  photos: string
  /** said under the photos when her review already has some */
  photosReplace?: string
  submit: string
  sending: string
  sent: string
}

type Props = {
  locale: string
  productId: string
  /** her review of the product, when she already wrote one: the form changes it */
  review?: { id: string; rating: number; body: string | null }
  labels: ReviewFormLabels
  errors: Record<string, string>
}

const STARS = [1, 2, 3, 4, 5]

/** Rating a product she received, 1 to 5 stars, with words and photos if she likes; or changing that review. */
export default function ReviewForm({ locale, productId, review, labels, errors }: Props) {
  const [state, action] = useActionState<FormState, FormData>(sendReview, {})
  // after an error the form comes back as she typed it; otherwise as her review stands
  const typed = (name: string, saved: string) =>
    state.values && !state.notice ? valueOf(state.values, name) : saved
  const rating = typed("rating", review ? String(review.rating) : "")
  return (
    <details className="review-request" data-testid="review-form">
      <summary data-testid="review-open">{labels.open}</summary>
      <form action={action} className="portal-form">
        <FormAlert
          state={state}
          errors={errors}
          common={{ errorSummary: errors.summary, serverSaid: "{message}" }}
        />
        {state.notice ? (
          <p className="alert alert--ok" role="status" data-testid="review-sent" key={state.version}>
            {labels.sent}
          </p>
        ) : null}
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="product_id" value={productId} />
        {review ? <input type="hidden" name="review_id" value={review.id} /> : null}
        <fieldset className="review-request__stars">
          <legend>{labels.yourRating}</legend>
          {STARS.map((stars) => (
            <label key={stars} className="review-request__star">
              <input
                type="radio"
                name="rating"
                value={stars}
                required
                defaultChecked={rating === String(stars)}
                data-testid={`review-rating-${stars}`}
              />
              <span aria-hidden="true">{"★".repeat(stars)}</span>
              <span className="visually-hidden">{labels.outOf[stars - 1]}</span>
            </label>
          ))}
        </fieldset>
        <label className="field">
          <span>{labels.text}</span>
          <textarea
            name="body"
            rows={4}
            maxLength={MAX_REVIEW_LENGTH}
            defaultValue={typed("body", review?.body ?? "")}
            data-testid="review-text"
          />
        </label>
        <label className="field">
          <span>{labels.photos}</span>
          <input
            type="file"
            name="photos"
            multiple
            accept="image/jpeg,image/png,image/webp"
            data-testid="review-photos"
          />
          {labels.photosReplace ? <span className="field__hint">{labels.photosReplace}</span> : null}
        </label>
        <SubmitButton pendingLabel={labels.sending} testId="review-submit">
          {labels.submit}
        </SubmitButton>
      </form>
    </details>
  )
}
