import Link from "next/link"
import type { Locale } from "@/lib/constants"
import { format } from "@/lib/i18n/format"
import { intlLocale } from "@/lib/i18n/locales"
import { getPortalMessages } from "@/lib/portal/messages"
import { VENDOR_ORDER_STATUSES, type VendorOrder, type VendorOrderStatus } from "@/lib/types/custom-routes"
import { formatDay, itemsCount, ORDER_STATUS_LABEL_KEYS, orderNumber, standPickup } from "@/lib/portal/orders"
import { portalPath } from "@/lib/util/paths"
import { formatMoney } from "@/lib/util/money"
import type { Pagination as PaginationState } from "@/lib/util/pagination"
import Pagination from "@/modules/common/components/pagination"
import OrderStatusBadge from "@/modules/portal/components/order-status-badge"

type Props = {
  locale: Locale
  orders: VendorOrder[]
  status?: VendorOrderStatus
  pagination: PaginationState
}

/** The cooperative's orders, newest first, filtered by status, one big card per order. */
export default function OrdersTemplate({ locale, orders, status, pagination }: Props) {
  const m = getPortalMessages(locale)
  const listPath = portalPath(locale, "/orders")
  const dateLocale = intlLocale(locale)
  return (
    <>
      <h1>{m.orders.title}</h1>
      <p className="portal-intro">{m.orders.intro}</p>
      <nav className="chips portal-filter" aria-label={m.orders.filter}>
        <Link
          href={listPath}
          className="chip"
          aria-current={!status ? "page" : undefined}
          data-testid="orders-filter-all"
        >
          {m.orders.all}
        </Link>
        {VENDOR_ORDER_STATUSES.map((value) => (
          <Link
            key={value}
            href={`${listPath}?status=${value}`}
            className="chip"
            aria-current={status === value ? "page" : undefined}
            data-testid={`orders-filter-${value}`}
          >
            {m.orderStatus[ORDER_STATUS_LABEL_KEYS[value]]}
          </Link>
        ))}
      </nav>
      {orders.length === 0 ? (
        <p className="empty-state" data-testid="orders-empty">
          {m.orders.empty}
        </p>
      ) : (
        <ul className="portal-orders" aria-label={m.orders.listLabel}>
          {orders.map((order) => {
            const pickup = standPickup(order)
            return (
              <li key={order.id}>
                <Link
                  href={portalPath(locale, `/orders/${encodeURIComponent(order.id)}`)}
                  className="portal-order"
                  data-testid="portal-order-row"
                  data-order-id={order.id}
                  data-status={order.status}
                >
                  <span className="portal-order__head">
                    <span className="portal-order__number">
                      {format(m.orders.number, { number: orderNumber(order) })}
                    </span>
                    <OrderStatusBadge status={order.status} labels={m.orderStatus} />
                  </span>
                  <span className="portal-order__meta">
                    {format(m.orders.placedOn, { date: formatDay(order.created_at, dateLocale) })}
                  </span>
                  {pickup ? (
                    // handed over at the stand: the shopper's town says nothing of where it goes
                    <span className="portal-order__pickup" data-testid="portal-order-pickup">
                      {format(m.orders.pickup, { stand: pickup.stand })}
                    </span>
                  ) : order.shipping_address?.city ? (
                    <span className="portal-order__meta" dir="auto">
                      {format(m.orders.city, { city: order.shipping_address.city })}
                    </span>
                  ) : null}
                  <span className="portal-order__foot">
                    <span>{format(m.orders.items, { count: itemsCount(order) })}</span>
                    <strong>
                      {format(m.orders.total, {
                        amount: formatMoney(order.total, order.currency_code, locale),
                      })}
                    </strong>
                  </span>
                </Link>
              </li>
            )
          })}
        </ul>
      )}
      <Pagination locale={locale} pathname={listPath} pagination={pagination} params={{ status }} />
    </>
  )
}
