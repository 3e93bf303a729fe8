import Link from "next/link"
import type { Locale } from "@/lib/constants"
import { format } from "@/lib/i18n/format"
import { getMessages } from "@/lib/i18n/messages"
import type { CartGroup } from "@/lib/shop/cart-groups"
import { checkoutPath, localePath, paths } from "@/lib/util/paths"
import type { StoreCart } from "@/lib/types/store"
import { formatMoney } from "@/lib/util/money"
import CartItem from "@/modules/cart/components/cart-item"

type Props = { locale: Locale; cart: StoreCart | undefined; groups: CartGroup[] }

/** The cart as parcels: one block per cooperative with its items and subtotal, then the backend's total. */
export default function CartTemplate({ locale, cart, groups }: Props) {
  const m = getMessages(locale)
  if (!cart || groups.length === 0) {
    return (
      <section className="cart cart--empty" data-testid="cart-empty">
        <h1>{m.cart.title}</h1>
        <p>{m.cart.empty}</p>
        <p className="muted">{m.cart.emptyHint}</p>
        <Link href={localePath(locale, paths.cooperatives())} className="button">
          {m.cart.browse}
        </Link>
      </section>
    )
  }
  const currency = cart.currency_code
  return (
    <section className="cart">
      <h1>{m.cart.title}</h1>
      {groups.map((group) => (
        <section key={group.vendor?.id ?? "other"} className="cart-group" data-testid="cart-group">
          <h2 className="cart-group__title">
            {group.vendor ? (
              <Link
                href={localePath(locale, paths.cooperative(group.vendor.handle))}
                data-testid="cart-group-cooperative"
              >
                {format(m.cart.cooperativeParcel, { cooperative: group.vendor.name })}
              </Link>
            ) : (
              m.cart.unknownCooperative
            )}
          </h2>
          <ul className="cart-group__items">
            {group.items.map((item) => (
              <CartItem key={item.id} locale={locale} item={item} currency={currency} />
            ))}
          </ul>
          <p className="cart-group__subtotal">
            <span>{m.cart.subtotal}</span>
            <span data-testid="cart-group-subtotal">{formatMoney(group.subtotal, currency, locale)}</span>
          </p>
        </section>
      ))}
      <div className="cart-summary">
        <p className="cart-summary__row cart-summary__total">
          <span>{m.cart.itemsTotal}</span>
          <span data-testid="cart-total">{formatMoney(cart.item_total ?? cart.total, currency, locale)}</span>
        </p>
        <p className="muted">{m.cart.shippingLater}</p>
        <Link href={checkoutPath(locale)} className="button button--wide" data-testid="checkout-link">
          {m.cart.checkout}
        </Link>
      </div>
    </section>
  )
}
