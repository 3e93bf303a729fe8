import type { Metadata } from "next"
import { cookies } from "next/headers"
import { notFound } from "next/navigation"
import { PLACED_ORDERS_COOKIE } from "@/lib/constants"
import { getCustomer, getOrder } from "@/lib/data/account"
import { getMessages } from "@/lib/i18n/messages"
import { resolveLocale } from "@/lib/i18n/server"
import { parsePlacedOrders } from "@/lib/shop/cookies"
import { mayReadOrder } from "@/lib/shop/orders"
import OrderConfirmedTemplate from "@/modules/order/templates/order-confirmed-template"

type Props = { params: Promise<{ locale: string; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const m = getMessages(resolveLocale((await params).locale))
  return { title: m.order.confirmedTitle, robots: { index: false } }
}

export default async function OrderConfirmedPage({ params }: Props) {
  const { locale: rawLocale, id } = await params
  const locale = resolveLocale(rawLocale)
  const [order, customer, cookieStore] = await Promise.all([getOrder(locale, id), getCustomer(), cookies()])
  const placedOrderIds = parsePlacedOrders(cookieStore.get(PLACED_ORDERS_COOKIE)?.value)
  if (!order || !mayReadOrder(order, { customerId: customer?.id, placedOrderIds })) {
    notFound()
  }
  return <OrderConfirmedTemplate locale={locale} order={order} signedIn={Boolean(customer)} />
}
