import Link from "next/link"
import type { Locale } from "@/lib/constants"
import { format } from "@/lib/i18n/format"
import { getMessages } from "@/lib/i18n/messages"
import { paysOnDelivery } from "@/lib/shop/orders"
import { localePath, paths } from "@/lib/util/paths"
import type { StoreOrder } from "@/lib/types/store"
import { formatMoney } from "@/lib/util/money"
import OrderParts from "@/modules/order/components/order-parts"

type Props = { locale: Locale; order: StoreOrder; signedIn: boolean; leadTimeOf?: Map<string, number> }

/** Thanks, the order number, the parcels to expect and the cash to have ready for each courier. */
export default function OrderConfirmedTemplate({ locale, order, signedIn, leadTimeOf }: Props) {
  const m = getMessages(locale)
  const money = (amount: number) => formatMoney(amount, order.currency_code, locale)
  const cash = paysOnDelivery(order)
  return (
    <section className="order-confirmed" data-testid="order-confirmed">
      <h1>{m.order.confirmedTitle}</h1>
      <p className="order-confirmed__number" data-testid="order-number">
        {format(m.order.number, { number: order.display_id ?? order.id })}
      </p>
      {order.email && <p>{format(m.order.emailSent, { email: order.email })}</p>}
      <div className="alert alert--info" data-testid="order-payment">
        <p>
          <strong>
            {format(cash ? m.order.payOnDelivery : m.order.paidByCard, { amount: money(order.total) })}
          </strong>
        </p>
        {cash && (order.vendor_order?.length ?? 0) > 1 && (
          <ul className="plain-list">
            <li>{m.order.payOnDeliveryText}</li>
            {(order.vendor_order ?? []).map((part) => (
              <li key={part.id}>
                {part.vendor?.name} : {money(part.total)}
              </li>
            ))}
          </ul>
        )}
      </div>
      <h2>{m.order.parcels}</h2>
      <OrderParts locale={locale} order={order} leadTimeOf={leadTimeOf} />
      <p className="order-confirmed__actions">
        <Link href={localePath(locale, paths.home())} className="button button--ghost">
          {m.order.continueShopping}
        </Link>
        <Link href={localePath(locale, paths.account())} className="button" data-testid="see-orders">
          {signedIn ? m.order.seeOrders : m.order.createAccount}
        </Link>
      </p>
    </section>
  )
}
