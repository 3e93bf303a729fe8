import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { requirePortalSession } from "@/lib/data/portal"
import { listVendorOrders } from "@/lib/data/portal-orders"
import { resolveLocale } from "@/lib/i18n/server"
import { getPortalMessages } from "@/lib/portal/messages"
import { parseOrderStatus } from "@/lib/portal/orders"
import { isPageOutOfRange, pageOffset, paginate, parsePage } from "@/lib/util/pagination"
import OrdersTemplate from "@/modules/portal/templates/orders-template"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ status?: string | string[]; page?: string | string[] }>
}

const PAGE_SIZE = 20

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  return { title: getPortalMessages(locale).meta.orders }
}

export default async function OrdersPage({ params, searchParams }: Props) {
  const locale = resolveLocale((await params).locale)
  const session = await requirePortalSession(locale)
  const query = await searchParams
  const status = parseOrderStatus(query.status)
  const page = parsePage(query.page)
  const { orders, count } = await listVendorOrders(session, {
    status,
    limit: PAGE_SIZE,
    offset: pageOffset(page, PAGE_SIZE),
  })
  const pagination = paginate(count, page, PAGE_SIZE)
  if (isPageOutOfRange(pagination)) {
    notFound()
  }
  return <OrdersTemplate locale={locale} orders={orders} status={status} pagination={pagination} />
}
