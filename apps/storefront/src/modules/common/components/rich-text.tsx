import { Fragment, type ReactNode } from "react"

type Props = {
  template: string
  /** Placeholder → text written by someone (a staff reason, a name), isolated from the page direction. */
  values: Record<string, string>
}

/**
 * Fills "{name}" placeholders with <bdi> elements, so a French reason inside an Arabic sentence
 * (or the reverse) keeps its own direction and punctuation.
 */
export default function RichText({ template, values }: Props) {
  const parts: ReactNode[] = template
    .split(/\{(\w+)\}/g)
    .map((part, index) =>
      index % 2 === 1 && part in values ? (
        <bdi key={index}>{values[part]}</bdi>
      ) : (
        <Fragment key={index}>{index % 2 === 1 ? `{${part}}` : part}</Fragment>
      )
    )
  return <>{parts}</>
}
