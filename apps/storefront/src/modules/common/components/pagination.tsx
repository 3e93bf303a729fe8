import Link from "next/link"
import type { Locale } from "@/lib/constants"
import { format } from "@/lib/i18n/format"
import { getMessages } from "@/lib/i18n/messages"
import { pageHref, type Pagination as PaginationState } from "@/lib/util/pagination"

type Props = {
  locale: Locale
  pathname: string
  pagination: PaginationState
  /** Filters to keep in the links, e.g. { region }. */
  params?: Record<string, string | undefined>
}

/** Previous / next links (no numbered pages: fewer, larger targets on a phone). */
export default function Pagination({ locale, pathname, pagination, params }: Props) {
  const { page, totalPages, hasPrev, hasNext } = pagination
  if (totalPages <= 1) {
    return null
  }
  const m = getMessages(locale)
  return (
    <nav className="pagination" aria-label={m.pagination.label}>
      {hasPrev ? (
        <Link
          href={pageHref(pathname, page - 1, params)}
          rel="prev"
          className="button button--ghost pagination__link"
          data-testid="pagination-prev"
        >
          <span aria-hidden="true" className="flip-rtl">
            ←
          </span>{" "}
          {m.pagination.previous}
        </Link>
      ) : (
        <span />
      )}
      <span className="pagination__status">{format(m.pagination.status, { page, total: totalPages })}</span>
      {hasNext ? (
        <Link
          href={pageHref(pathname, page + 1, params)}
          rel="next"
          className="button button--ghost pagination__link"
          data-testid="pagination-next"
        >
          {m.pagination.next}{" "}
          <span aria-hidden="true" className="flip-rtl">
            →
          </span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}
