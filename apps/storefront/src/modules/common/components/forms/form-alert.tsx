"use client"

import { useEffect, useRef } from "react"
import type { FormState } from "@/lib/forms/form"
import RichText from "@/modules/common/components/rich-text"

type Props = {
  state: FormState
  errors: Record<string, string>
  common: { errorSummary: string; serverSaid: string }
  /** Text of a success notice, when the state carries one. */
  notice?: string
}

/**
 * The message above a form after it was sent: what went wrong in plain words (and what the
 * server said, when it adds something), or the success notice. It takes the focus, so a long
 * form on a phone scrolls back to it and screen readers read it.
 */
export default function FormAlert({ state, errors, common, notice }: Props) {
  const ref = useRef<HTMLDivElement>(null)
  const shown = Boolean(state.error || (state.notice && notice))

  useEffect(() => {
    if (shown) {
      ref.current?.focus()
    }
  }, [shown, state.version])

  if (!shown) {
    return null
  }
  if (!state.error) {
    return (
      <div ref={ref} tabIndex={-1} className="alert alert--ok" role="status">
        <p>{notice}</p>
      </div>
    )
  }
  // problems the form can point at are listed at their fields; the alert only says to look there
  const atFields = state.error === "invalid" && state.fieldErrors
  return (
    <div ref={ref} tabIndex={-1} className="alert alert--error" role="alert" data-testid="form-error">
      <p>{atFields ? common.errorSummary : (errors[state.error] ?? errors.unknown)}</p>
      {state.detail ? (
        <p className="alert__detail">
          <RichText template={common.serverSaid} values={{ message: state.detail }} />
        </p>
      ) : null}
    </div>
  )
}
