import type { Metadata } from "next"
import { getCart, getVendorsOfProducts } from "@/lib/data/cart"
import { getMessages } from "@/lib/i18n/messages"
import { resolveLocale } from "@/lib/i18n/server"
import { groupItemsByVendor } from "@/lib/shop/cart-groups"
import CartTemplate from "@/modules/cart/templates/cart-template"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const m = getMessages(resolveLocale((await params).locale))
  return { title: m.cart.title, robots: { index: false } }
}

export default async function CartPage({ params }: Props) {
  const locale = resolveLocale((await params).locale)
  const cart = await getCart(locale)
  const items = cart?.items ?? []
  const vendors = await getVendorsOfProducts(
    locale,
    items.map((item) => item.product_id).filter((id): id is string => Boolean(id))
  )
  return <CartTemplate locale={locale} cart={cart} groups={groupItemsByVendor(items, vendors)} />
}
