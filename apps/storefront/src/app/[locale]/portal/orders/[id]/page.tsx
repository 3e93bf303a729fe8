import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { requirePortalSession } from "@/lib/data/portal"
import { getVendorOrder } from "@/lib/data/portal-orders"
import { getPartReturnRequests } from "@/lib/data/portal-returns"
import { resolveLocale } from "@/lib/i18n/server"
import { getPortalMessages } from "@/lib/portal/messages"
import { parseOrderDone } from "@/lib/portal/orders"
import OrderDetailTemplate from "@/modules/portal/templates/order-detail-template"

type Props = {
  params: Promise<{ locale: string; id: string }>
  searchParams: Promise<{ done?: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  return { title: getPortalMessages(locale).meta.order }
}

export default async function OrderPage({ params, searchParams }: Props) {
  const { locale: rawLocale, id } = await params
  const locale = resolveLocale(rawLocale)
  const session = await requirePortalSession(locale)
  const [order, { done }] = await Promise.all([getVendorOrder(session, id), searchParams])
  if (!order) {
    notFound()
  }
  // only a delivered parcel can have return requests
  const returnRequests = order.status === "delivered" ? await getPartReturnRequests(session, order.id) : []
  return (
    <OrderDetailTemplate
      locale={locale}
      order={order}
      done={parseOrderDone(done)}
      returnRequests={returnRequests}
    />
  )
}
