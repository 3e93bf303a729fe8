import type { Metadata } from "next"
import Link from "next/link"
import { notFound, redirect } from "next/navigation"
import { getCustomer, getOrder } from "@/lib/data/account"
import { getReturnRequests } from "@/lib/data/returns"
import { getMyReviews } from "@/lib/data/reviews"
import { format } from "@/lib/i18n/format"
import { intlLocale } from "@/lib/i18n/locales"
import { getMessages } from "@/lib/i18n/messages"
import { resolveLocale } from "@/lib/i18n/server"
import { mayReadOrder } from "@/lib/shop/orders"
import { localePath, paths } from "@/lib/util/paths"
import { formatMoney } from "@/lib/util/money"
import OrderParts from "@/modules/order/components/order-parts"
import OrderReturns from "@/modules/order/components/order-returns"

type Props = { params: Promise<{ locale: string; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const m = getMessages(resolveLocale((await params).locale))
  return { title: m.account.orders, robots: { index: false } }
}

/**
 * One of the shopper's orders, parcel by parcel: to ship, shipped (with tracking) or delivered, with
 * her reviews of what she received; and its returns.
 */
export default async function AccountOrderPage({ params }: Props) {
  const { locale: rawLocale, id } = await params
  const locale = resolveLocale(rawLocale)
  const m = getMessages(locale)
  const customer = await getCustomer()
  if (!customer) {
    redirect(localePath(locale, paths.account()))
  }
  const order = await getOrder(locale, id)
  // another shopper's order is as absent as one that never existed
  if (!order || !mayReadOrder(order, { customerId: customer.id, placedOrderIds: [] })) {
    notFound()
  }
  // her reviews in one request for the whole page, matched to its items by product; only delivered
  // items can be reviewed, so an order still on its way does without
  const delivered = (order.vendor_order ?? []).some((part) => part.status === "delivered")
  const [returnRequests, reviews] = await Promise.all([
    getReturnRequests(order.id),
    delivered ? getMyReviews() : [],
  ])
  const dates = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "long" })
  return (
    <section className="account-order-detail" data-testid="order-detail">
      <p>
        <Link href={localePath(locale, paths.account())}>
          <span className="flip-rtl" aria-hidden="true">
            ←
          </span>{" "}
          {m.account.backToAccount}
        </Link>
      </p>
      <h1 data-testid="order-number">{format(m.order.number, { number: order.display_id ?? order.id })}</h1>
      <p className="muted">
        {format(m.order.placedOn, { date: dates.format(new Date(order.created_at)) })} ·{" "}
        {formatMoney(order.total, order.currency_code, locale)}
      </p>
      <OrderParts locale={locale} order={order} showStatus reviews={reviews} />
      <OrderReturns locale={locale} order={order} requests={returnRequests} />
    </section>
  )
}
