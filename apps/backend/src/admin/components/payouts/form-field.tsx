import { Label, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

type Props = { id: string; label: string; error?: string; children: ReactNode }

/** A labelled input with its message underneath when it needs fixing. */
export function FormField({ id, label, error, children }: Props) {
  return (
    <div className="flex flex-col gap-1">
      <Label htmlFor={id}>{label}</Label>
      {children}
      {error && (
        <Text size="small" className="text-ui-fg-error" id={`${id}-error`} data-testid={`${id}-error`}>
          {error}
        </Text>
      )}
    </div>
  )
}
