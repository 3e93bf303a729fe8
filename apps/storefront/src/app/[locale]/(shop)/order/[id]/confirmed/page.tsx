import type { Metadata } from "next"
import { cookies } from "next/headers"
import { notFound } from "next/navigation"
import { PLACED_ORDERS_COOKIE } from "@/lib/constants"
import { getCustomer, getOrder } from "@/lib/data/account"
import { getLineCatalogue } from "@/lib/data/line-catalogue"
import { getMessages } from "@/lib/i18n/messages"
import { resolveLocale } from "@/lib/i18n/server"
import { parsePlacedOrders, placedOrderSecret } from "@/lib/shop/cookies"
import { mayReadOrder } from "@/lib/shop/orders"
import OrderConfirmedTemplate from "@/modules/order/templates/order-confirmed-template"

type Props = {
  params: Promise<{ locale: string; id: string }>
  searchParams: Promise<{ token?: string | string[] }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const m = getMessages(resolveLocale((await params).locale))
  return { title: m.order.confirmedTitle, robots: { index: false } }
}

/**
 * The confirmation of an order: for its signed-in customer, the browser that placed it (its cookie
 * keeps the order's secret) or the confirmation email's link (`?token=`, the same secret).
 */
export default async function OrderConfirmedPage({ params, searchParams }: Props) {
  const { locale: rawLocale, id } = await params
  const locale = resolveLocale(rawLocale)
  const { token } = await searchParams
  const cookieStore = await cookies()
  const placed = cookieStore.get(PLACED_ORDERS_COOKIE)?.value
  const linkSecret = typeof token === "string" && token ? token : undefined
  const [order, customer] = await Promise.all([
    getOrder(locale, id, linkSecret ?? placedOrderSecret(placed, id)),
    getCustomer(),
  ])
  // the backend checked the link's secret: answering the order is the proof
  const placedOrderIds = [...parsePlacedOrders(placed), ...(linkSecret ? [id] : [])]
  if (!order || !mayReadOrder(order, { customerId: customer?.id, placedOrderIds })) {
    notFound()
  }
  // made-to-order pieces: the confirmation says when each should be ready
  const productIds = (order.vendor_order ?? []).flatMap((part) =>
    (part.items ?? []).flatMap((item) => (item.product_id ? [item.product_id] : []))
  )
  const { leadTimeOf } = await getLineCatalogue(locale, productIds)
  return (
    <OrderConfirmedTemplate
      locale={locale}
      order={order}
      signedIn={Boolean(customer)}
      leadTimeOf={leadTimeOf}
    />
  )
}
