import Link from "next/link"
import type { Locale } from "@/lib/constants"
import { format } from "@/lib/i18n/format"
import { getMessages } from "@/lib/i18n/messages"
import { MAX_QUANTITY } from "@/lib/shop/quantity"
import type { StoreLineItem } from "@/lib/types/store"
import { formatMoney } from "@/lib/util/money"
import { localePath, paths } from "@/lib/util/paths"
import RemoteImage from "@/modules/common/components/remote-image"
import CartItemControls from "./cart-item-controls"

type Props = { locale: Locale; item: StoreLineItem; currency: string }

export default function CartItem({ locale, item, currency }: Props) {
  const m = getMessages(locale)
  const title = item.product_title ?? item.title
  const href = item.product_handle ? localePath(locale, paths.product(item.product_handle)) : undefined
  return (
    <li className="cart-item" data-testid="cart-item">
      <RemoteImage src={item.thumbnail} alt="" width={72} height={72} className="cart-item__photo" />
      <div className="cart-item__body">
        <p className="cart-item__title">{href ? <Link href={href}>{title}</Link> : title}</p>
        {item.variant_title && item.variant_title !== "Default" && (
          <p className="cart-item__variant">
            <bdi>{item.variant_title}</bdi>
          </p>
        )}
        {item.lead_time_days ? (
          <p className="cart-item__lead-time" data-testid="cart-item-lead-time">
            {format(m.product.madeToOrder, { days: item.lead_time_days })}
          </p>
        ) : null}
        <p className="cart-item__price">
          <span data-testid="item-total">
            {formatMoney(item.subtotal ?? item.total ?? 0, currency, locale)}
          </span>
          {item.quantity > 1 && (
            <span className="cart-item__unit">
              {" "}
              · {format(m.cart.unitPrice, { price: formatMoney(item.unit_price, currency, locale) })}
            </span>
          )}
        </p>
        <CartItemControls
          locale={locale}
          itemId={item.id}
          quantity={item.quantity}
          maxQuantity={MAX_QUANTITY}
          labels={{
            quantity: m.cart.quantity,
            decrease: format(m.cart.decrease, { title }),
            increase: format(m.cart.increase, { title }),
            remove: m.cart.remove,
            removeItem: format(m.cart.removeItem, { title }),
          }}
          errors={m.shopErrors}
        />
      </div>
    </li>
  )
}
