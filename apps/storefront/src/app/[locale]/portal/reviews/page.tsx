import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { requirePortalSession } from "@/lib/data/portal"
import { listReviews } from "@/lib/data/portal-reviews"
import { resolveLocale } from "@/lib/i18n/server"
import { getPortalMessages } from "@/lib/portal/messages"
import { isPageOutOfRange, pageOffset, paginate, parsePage } from "@/lib/util/pagination"
import ReviewsTemplate from "@/modules/portal/templates/reviews-template"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ page?: string | string[] }>
}

const PAGE_SIZE = 20

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  return { title: getPortalMessages(locale).meta.reviews }
}

export default async function ReviewsPage({ params, searchParams }: Props) {
  const locale = resolveLocale((await params).locale)
  const session = await requirePortalSession(locale)
  const page = parsePage((await searchParams).page)
  const { reviews, count } = await listReviews(session, {
    limit: PAGE_SIZE,
    offset: pageOffset(page, PAGE_SIZE),
  })
  const pagination = paginate(count, page, PAGE_SIZE)
  if (isPageOutOfRange(pagination)) {
    notFound()
  }
  return <ReviewsTemplate locale={locale} reviews={reviews} pagination={pagination} />
}
