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
}

/** A wide submit button that says it is sending, so nobody taps twice on a slow connection. */
export default function SubmitButton({
  children,
  pendingLabel,
  name,
  value,
  variant = "primary",
  testId,
}: Props) {
  const { pending, data } = useFormStatus()
  // with several submit buttons, only the pressed one says "sending"
  const pressed = pending && (!name || data?.get(name) === value)
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
