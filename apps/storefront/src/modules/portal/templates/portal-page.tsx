import Link from "next/link"
import type { ReactNode } from "react"

type Props = {
  title: string
  intro?: string
  back?: { href: string; label: string }
  children: ReactNode
}

/** One task per screen: a back link, the title, a sentence saying what to do, then the task. */
export default function PortalPage({ title, intro, back, children }: Props) {
  return (
    <>
      {back ? (
        <p className="portal-back">
          <Link href={back.href}>
            <span aria-hidden="true" className="flip-rtl">
              ←
            </span>{" "}
            {back.label}
          </Link>
        </p>
      ) : null}
      <h1>{title}</h1>
      {intro ? <p className="portal-intro">{intro}</p> : null}
      {children}
    </>
  )
}
