"use client"

import { useActionState } from "react"
import { replyToReview } from "@/lib/actions/portal-reviews"
import type { Locale } from "@/lib/constants"
import { fieldMessage, valueOf, type FormState } from "@/lib/forms/form"
import type { PortalMessages } from "@/lib/portal/messages"
import { REPLY_MAX } from "@/lib/portal/reviews"
import { TextAreaField } from "@/modules/common/components/forms/field"
import FormAlert from "@/modules/common/components/forms/form-alert"
import SubmitButton from "@/modules/common/components/forms/submit-button"

type Props = {
  locale: Locale
  reviewId: string
  /** the cooperative's answer once given: the form gives way to it */
  reply: string | null
  m: Pick<PortalMessages, "reviews" | "errors" | "common">
}

/**
 * The cooperative's answer to a review, or the form to write it. One leaf for both, so the message
 * of a refused answer (another member answered first) stays on screen when the page refreshes to
 * show the answer that was given.
 */
export default function ReviewReply({ locale, reviewId, reply, m }: Props) {
  const [state, action] = useActionState<FormState, FormData>(replyToReview, {})
  const t = m.reviews
  const alert = <FormAlert state={state} errors={m.errors} common={m.common} notice={t.replied} />
  if (reply) {
    return (
      <>
        {alert}
        <div className="portal-review__reply" data-testid="review-reply">
          <p className="portal-review__reply-label">{t.yourReply}</p>
          <p dir="auto">{reply}</p>
        </div>
      </>
    )
  }
  return (
    <form action={action} className="portal-form" data-testid="review-reply-form" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="review_id" value={reviewId} />
      {alert}
      <TextAreaField
        id={`review-reply-${reviewId}`}
        name="text"
        label={t.replyLabel}
        hint={t.replyHint}
        defaultValue={valueOf(state.values, "text")}
        error={fieldMessage(state, "text", m.errors)}
        maxLength={REPLY_MAX}
        rows={3}
        dir="auto"
        testId="review-reply-text"
      />
      <SubmitButton pendingLabel={m.common.sending} testId="review-reply-submit">
        {t.replySubmit}
      </SubmitButton>
    </form>
  )
}
