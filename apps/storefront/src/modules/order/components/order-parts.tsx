import Link from "next/link"
import type { Locale } from "@/lib/constants"
import { format } from "@/lib/i18n/format"
import { getMessages } from "@/lib/i18n/messages"
import { intlLocale } from "@/lib/i18n/locales"
import { readyBy } from "@/lib/shop/made-to-order"
import type { StoreOwnReview } from "@/lib/types/custom-routes"
import type { StoreOrder } from "@/lib/types/store"
import { formatMoney } from "@/lib/util/money"
import { localePath, paths } from "@/lib/util/paths"
import RemoteImage from "@/modules/common/components/remote-image"
import ItemReview from "./item-review"
import StandPickup from "./stand-pickup"

type Props = {
  locale: Locale
  order: StoreOrder
  showStatus?: boolean
  /** Days each made-to-order product takes, by product id: its line says when it should be ready. */
  leadTimeOf?: Map<string, number>
  /**
   * The shopper's own reviews (her account's order page): each product of a delivered parcel gets
   * her review's status and a form to write or change it.
   */
  reviews?: StoreOwnReview[]
}

/** The order as the parcels it arrives in: each cooperative's items, its total and its progress. */
export default function OrderParts({ locale, order, showStatus = false, leadTimeOf, reviews }: Props) {
  const m = getMessages(locale)
  const day = new Intl.DateTimeFormat(intlLocale(locale), { day: "numeric", month: "long" })
  const readyText = (productId: string | null | undefined) => {
    const days = productId ? leadTimeOf?.get(productId) : undefined
    return days && order.created_at
      ? format(m.order.readyBy, { date: day.format(readyBy(order.created_at, days)) })
      : null
  }
  const money = (amount: number) => formatMoney(amount, order.currency_code, locale)
  const reviewOf = new Map((reviews ?? []).map((review) => [review.product_id, review]))
  // one review per product: two of its variants delivered get one form, under the first line
  const reviewLineOf = new Map<string, string>()
  for (const part of reviews ? (order.vendor_order ?? []) : []) {
    for (const item of part.status === "delivered" ? (part.items ?? []) : []) {
      if (item.product_id && !reviewLineOf.has(item.product_id)) {
        reviewLineOf.set(item.product_id, item.id)
      }
    }
  }
  return (
    <ul className="order-parts">
      {(order.vendor_order ?? []).map((part) => (
        <li key={part.id} className="order-part" data-testid="order-part">
          <div className="order-part__head">
            <h3>
              {part.vendor ? (
                <Link href={localePath(locale, paths.cooperative(part.vendor.handle))}>
                  {format(m.order.parcelOf, { cooperative: part.vendor.name })}
                </Link>
              ) : null}
            </h3>
            {showStatus && (
              <span className="status-badge" data-status={part.status} data-testid="order-part-status">
                {m.order.status[part.status]}
              </span>
            )}
          </div>
          <ul className="plain-list">
            {(part.items ?? []).map((item) => (
              <li key={item.id} className="order-part__item">
                <RemoteImage
                  src={item.thumbnail}
                  alt=""
                  width={48}
                  height={48}
                  className="order-part__photo"
                />
                <span>
                  <bdi>{item.title}</bdi>
                  {item.variant_title && item.variant_title !== "Default" ? (
                    <>
                      {" — "}
                      <bdi>{item.variant_title}</bdi>
                    </>
                  ) : null}{" "}
                  {format(m.order.quantity, { count: item.quantity })}
                  {readyText(item.product_id) ? (
                    <span className="order-part__ready muted" data-testid="order-item-ready-by">
                      {" "}
                      · {readyText(item.product_id)}
                    </span>
                  ) : null}
                </span>
                {item.product_id && reviewLineOf.get(item.product_id) === item.id ? (
                  <ItemReview
                    locale={locale}
                    productId={item.product_id}
                    review={reviewOf.get(item.product_id)}
                  />
                ) : null}
              </li>
            ))}
          </ul>
          <p className="order-part__total">{format(m.order.parcelTotal, { amount: money(part.total) })}</p>
          <StandPickup locale={locale} part={part} m={m.order} />
          {showStatus && part.tracking_number && (
            <p className="muted" data-testid="order-part-tracking">
              {part.carrier ? `${part.carrier} — ` : ""}
              {format(m.order.tracking, { number: part.tracking_number })}
            </p>
          )}
        </li>
      ))}
    </ul>
  )
}
