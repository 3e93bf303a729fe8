"use client"

import type { ReactNode } from "react"
import { useFormStatus } from "react-dom"

type Props = {
  children: ReactNode
  pendingLabel: string
  name?: string
  value?: string
  variant?: "primary" | "ghost"
  testId?: string
  /** For forms sent by their own script: whether this button's sending is under way. */
  sending?: boolean
}

/** A wide submit button that says it is sending, so nobody taps twice on a slow connection. */
export default function SubmitButton({
  children,
  pendingLabel,
  name,
  value,
  variant = "primary",
  testId,
  sending,
}: Props) {
  const status = useFormStatus()
  const pending = sending !== undefined || status.pending
  // with several submit buttons, only the pressed one says "sending"
  const pressed = sending ?? (status.pending && (!name || status.data?.get(name) === value))
  return (
    <button
      type="submit"
      name={name}
      value={value}
      className={`button button--wide${variant === "ghost" ? " button--ghost" : ""}`}
      disabled={pending}
      aria-disabled={pending}
      data-testid={testId}
    >
      {pressed ? pendingLabel : children}
    </button>
  )
}
