import type { Locale } from "@/lib/constants"
import { format } from "@/lib/i18n/format"
import { intlLocale } from "@/lib/i18n/locales"
import { getPortalMessages } from "@/lib/portal/messages"
import type { ReturnRequestView } from "@/lib/shop/returns"
import type { VendorOrder } from "@/lib/types/custom-routes"
import {
  formatDay,
  isCashOnDelivery,
  orderActions,
  orderNumber,
  type OrderDoneNotice,
  shopperName,
  standPickup,
  telHref,
} from "@/lib/portal/orders"
import { eventDateRange } from "@/lib/shop/events"
import { portalPath } from "@/lib/util/paths"
import { formatMoney } from "@/lib/util/money"
import RemoteImage from "@/modules/common/components/remote-image"
import CloseOrderForm from "@/modules/portal/components/close-order-form"
import DeliverOrderForm from "@/modules/portal/components/deliver-order-form"
import OrderStatusBadge from "@/modules/portal/components/order-status-badge"
import OrderReturnRequests from "@/modules/portal/components/order-return-requests"
import PickUpOrderForm from "@/modules/portal/components/pick-up-order-form"
import ShipOrderForm from "@/modules/portal/components/ship-order-form"
import RichText from "@/modules/common/components/rich-text"
import PortalPage from "./portal-page"

type Props = {
  locale: Locale
  order: VendorOrder
  done?: OrderDoneNotice
  returnRequests?: ReturnRequestView[]
}

const DONE_NOTICE = {
  shipped: "shippedNotice",
  delivered: "deliveredNotice",
  refused: "refusedNotice",
  canceled: "canceledNotice",
} as const

/** One order: what to prepare, where to take it, what to collect, then the next step as one big button. */
export default function OrderDetailTemplate({ locale, order, done, returnRequests = [] }: Props) {
  const m = getPortalMessages(locale)
  const money = (amount: number) => formatMoney(amount, order.currency_code, locale)
  const day = (value: string) => formatDay(value, intlLocale(locale))
  const cash = isCashOnDelivery(order)
  const actions = orderActions(order)
  const pickup = standPickup(order)
  const address = order.shipping_address
  const formMessages = { order: m.order, errors: m.errors, common: m.common }
  return (
    <PortalPage
      title={format(m.order.title, { number: orderNumber(order) })}
      back={{ href: portalPath(locale, "/orders"), label: m.order.back }}
    >
      {done ? (
        <p className="alert alert--ok" role="status" data-testid={`order-${done}-notice`}>
          {m.order[DONE_NOTICE[done]]}
        </p>
      ) : null}
      <div className="portal-order-status">
        <OrderStatusBadge status={order.status} labels={m.orderStatus} />
        <span>{format(m.order.placedOn, { date: day(order.created_at) })}</span>
      </div>
      <ul className="portal-order-dates">
        {order.status === "pending" && order.ship_by && !pickup ? (
          <li data-testid="order-ship-by">{format(m.order.shipBy, { date: day(order.ship_by) })}</li>
        ) : null}
        {order.shipped_at ? <li>{format(m.order.shippedOn, { date: day(order.shipped_at) })}</li> : null}
        {order.carrier ? (
          <li>
            <RichText template={m.order.carrierLine} values={{ carrier: order.carrier }} />
          </li>
        ) : null}
        {order.tracking_number ? (
          <li data-testid="order-tracking">
            <RichText template={m.order.trackingLine} values={{ tracking: order.tracking_number }} />
          </li>
        ) : null}
        {order.delivered_at ? (
          <li>{format(m.order.deliveredOn, { date: day(order.delivered_at) })}</li>
        ) : null}
        {order.canceled_at ? <li>{format(m.order.canceledOn, { date: day(order.canceled_at) })}</li> : null}
        {order.refused_at ? <li>{format(m.order.refusedOn, { date: day(order.refused_at) })}</li> : null}
        {order.closing_reason ? (
          <li data-testid="order-closing-reason">
            <bdi>{format(m.order.reasonLine, { reason: order.closing_reason })}</bdi>
          </li>
        ) : null}
      </ul>

      <section className="portal-card" aria-labelledby="order-items">
        <h2 id="order-items">{m.order.itemsTitle}</h2>
        <ul className="portal-order-items">
          {order.items.map((item) => (
            <li key={item.id} className="portal-order-item" data-testid="order-item">
              <RemoteImage
                src={item.thumbnail}
                alt=""
                width={72}
                height={72}
                className="portal-product__image"
              />
              <div className="portal-product__body">
                <p className="portal-product__title" dir="auto">
                  {item.title}
                </p>
                {item.variant_title ? (
                  <p className="portal-order-item__variant" dir="auto">
                    {item.variant_title}
                  </p>
                ) : null}
                <p className="portal-order-item__quantity">
                  {format(m.order.quantity, { count: item.quantity })}
                </p>
                <p className="portal-order-item__price">
                  {format(m.order.unitPrice, { amount: money(item.unit_price) })}
                </p>
              </div>
            </li>
          ))}
        </ul>
        <dl className="portal-totals">
          <div>
            <dt>{m.order.itemsTotal}</dt>
            <dd>{money(order.item_total)}</dd>
          </div>
          <div>
            <dt>{m.order.shipping}</dt>
            <dd>{money(order.shipping_total)}</dd>
          </div>
          <div className="portal-totals__strong">
            <dt>{m.order.total}</dt>
            <dd data-testid="order-total">{money(order.total)}</dd>
          </div>
          <div>
            <dt>{m.order.commission}</dt>
            <dd>{money(order.commission_amount)}</dd>
          </div>
          <div className="portal-totals__strong">
            <dt>{m.order.youEarn}</dt>
            <dd data-testid="order-earn">{money(order.vendor_amount)}</dd>
          </div>
        </dl>
      </section>

      <section className="portal-card" aria-labelledby="order-delivery" data-testid="order-delivery">
        <h2 id="order-delivery">{pickup ? m.order.pickupWhere : m.order.deliveryTitle}</h2>
        {pickup ? (
          <>
            <p className="portal-pickup-place" data-testid="pickup-place">
              <RichText
                template={m.order.pickupPlace}
                values={{ stand: pickup.stand, event: pickup.event.name }}
              />
            </p>
            <p>{eventDateRange(locale, pickup.event)}</p>
          </>
        ) : null}
        {address ? (
          // the shopper wrote it in any script: each line keeps its own direction inside the page's
          <address className="portal-address">
            <strong>
              <bdi>{shopperName(address)}</bdi>
            </strong>
            {address.address_1 ? (
              <span>
                <bdi>{address.address_1}</bdi>
              </span>
            ) : null}
            <span>
              <bdi>{[address.postal_code, address.city].filter(Boolean).join(" ")}</bdi>
            </span>
            {address.province ? (
              <span>
                <bdi>{address.province}</bdi>
              </span>
            ) : null}
            {address.landmark ? (
              <span data-testid="order-landmark">
                <RichText template={m.order.landmark} values={{ landmark: address.landmark }} />
              </span>
            ) : null}
          </address>
        ) : (
          <p>{m.order.noAddress}</p>
        )}
        {address?.phone ? (
          <p>
            <a
              href={telHref(address.phone)}
              className="button button--ghost button--wide"
              data-testid="order-phone"
            >
              {m.order.call} <span dir="ltr">{address.phone}</span>
            </a>
          </p>
        ) : null}
        {order.shipping_methods.length ? (
          <p data-testid="order-shipping-method">
            <RichText
              template={m.order.shippingMethod}
              values={{ method: order.shipping_methods.map((method) => method.name).join(", ") }}
            />
          </p>
        ) : null}
      </section>

      <section
        className="portal-card"
        aria-labelledby="order-payment"
        data-testid="order-payment"
        data-payment={cash ? "cash" : "card"}
      >
        <h2 id="order-payment">{m.order.paymentTitle}</h2>
        <p>{cash ? format(m.order.cod, { amount: money(order.total) }) : m.order.card}</p>
        {cash && order.cash_collected_at ? (
          <p>{format(m.order.codCollected, { date: day(order.cash_collected_at) })}</p>
        ) : null}
      </section>

      <OrderReturnRequests
        locale={locale}
        requests={returnRequests}
        m={{ returns: m.returns, errors: m.errors, common: m.common }}
      />
      {actions.ship ? (
        <section className="portal-card portal-card--action" aria-labelledby="order-ship">
          <h2 id="order-ship">{m.order.shipTitle}</h2>
          <p className="portal-section__intro">{m.order.shipIntro}</p>
          <ShipOrderForm locale={locale} orderId={order.id} m={formMessages} />
        </section>
      ) : null}
      {actions.deliver ? (
        <section className="portal-card portal-card--action" aria-labelledby="order-deliver">
          <h2 id="order-deliver">{m.order.deliverTitle}</h2>
          <p className="portal-section__intro">
            {cash ? format(m.order.deliverCashIntro, { amount: money(order.total) }) : m.order.deliverIntro}
          </p>
          <DeliverOrderForm
            locale={locale}
            orderId={order.id}
            cashAmount={cash ? money(order.total) : undefined}
            m={formMessages}
          />
        </section>
      ) : null}
      {actions.pickUp ? (
        <section className="portal-card portal-card--action" aria-labelledby="order-pick-up">
          <h2 id="order-pick-up">{m.order.pickupTitle}</h2>
          <p className="portal-section__intro">
            {cash ? format(m.order.pickupCashIntro, { amount: money(order.total) }) : m.order.pickupIntro}
          </p>
          <PickUpOrderForm locale={locale} orderId={order.id} m={formMessages} />
        </section>
      ) : null}
      {actions.refuse ? (
        <section className="portal-card" aria-labelledby="order-refuse">
          <h2 id="order-refuse">{m.order.refuseTitle}</h2>
          <p className="portal-section__intro">{m.order.refuseIntro}</p>
          <CloseOrderForm locale={locale} orderId={order.id} kind="refuse" m={formMessages} />
        </section>
      ) : null}
      {actions.cancel ? (
        <section className="portal-card" aria-labelledby="order-cancel">
          <h2 id="order-cancel">{m.order.cancelTitle}</h2>
          <p className="portal-section__intro">{m.order.cancelIntro}</p>
          <CloseOrderForm locale={locale} orderId={order.id} kind="cancel" m={formMessages} />
        </section>
      ) : null}
    </PortalPage>
  )
}
