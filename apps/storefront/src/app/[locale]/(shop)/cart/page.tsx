import type { Metadata } from "next"
import { getCart } from "@/lib/data/cart"
import { getLineCatalogue } from "@/lib/data/line-catalogue"
import { getMessages } from "@/lib/i18n/messages"
import { resolveLocale } from "@/lib/i18n/server"
import { groupItemsByVendor, localizeLineItems } from "@/lib/shop/cart-groups"
import CartTemplate from "@/modules/cart/templates/cart-template"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const m = getMessages(resolveLocale((await params).locale))
  return { title: m.cart.title, robots: { index: false } }
}

export default async function CartPage({ params }: Props) {
  const locale = resolveLocale((await params).locale)
  const cart = await getCart(locale)
  const catalogue = await getLineCatalogue(
    locale,
    (cart?.items ?? []).map((item) => item.product_id).filter((id): id is string => Boolean(id))
  )
  const items = localizeLineItems(cart?.items ?? [], catalogue.titleOf).map((item) => ({
    ...item,
    lead_time_days: item.product_id ? catalogue.leadTimeOf.get(item.product_id) : undefined,
  }))
  return (
    <CartTemplate
      locale={locale}
      cart={cart && { ...cart, items }}
      groups={groupItemsByVendor(items, catalogue.vendorOf)}
    />
  )
}
