import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { getCustomer } from "@/lib/data/account"
import { getCart, getVendorShippingOptions, listPaymentProviders } from "@/lib/data/cart"
import { getLineCatalogue } from "@/lib/data/line-catalogue"
import { getMessages } from "@/lib/i18n/messages"
import { resolveLocale } from "@/lib/i18n/server"
import { groupItemsByVendor, localizeLineItems } from "@/lib/shop/cart-groups"
import { checkoutProgress, checkoutStep } from "@/lib/shop/checkout-steps"
import { STRIPE_PROVIDER_ID } from "@/lib/constants"
import { localePath, paths } from "@/lib/util/paths"
import CheckoutTemplate from "@/modules/checkout/templates/checkout-template"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ step?: string | string[]; payment?: string | string[] }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const m = getMessages(resolveLocale((await params).locale))
  return { title: m.checkout.title, robots: { index: false } }
}

export default async function CheckoutPage({ params, searchParams }: Props) {
  const locale = resolveLocale((await params).locale)
  const [cart, customer] = await Promise.all([getCart(locale), getCustomer()])
  if (!cart || !cart.items?.length) {
    redirect(localePath(locale, paths.cart()))
  }
  const hasAddress = Boolean(cart.shipping_address?.country_code)
  // the options depend on where the parcels go: they are listed once the address is known
  const [shipping, catalogue] = await Promise.all([
    hasAddress ? getVendorShippingOptions(locale, cart.id) : Promise.resolve([]),
    getLineCatalogue(
      locale,
      cart.items.map((item) => item.product_id).filter((id): id is string => Boolean(id))
    ),
  ])
  const items = localizeLineItems(cart.items, catalogue.titleOf)
  const progress = checkoutProgress(cart, shipping)
  const query = await searchParams
  const step = checkoutStep(progress, Array.isArray(query.step) ? query.step[0] : query.step)
  // cards only with Stripe's publishable key (read at run time: no rebuild to turn cards on) and when
  // the backend offers Stripe in this region
  const publicKey = process.env.STRIPE_PUBLISHABLE_KEY
  const cardKey =
    publicKey &&
    step === "payment" &&
    cart.region_id &&
    (await listPaymentProviders(cart.region_id)).includes(STRIPE_PROVIDER_ID)
      ? publicKey
      : undefined

  return (
    <CheckoutTemplate
      locale={locale}
      cart={{ ...cart, items }}
      groups={groupItemsByVendor(items, catalogue.vendorOf)}
      shipping={shipping}
      customer={customer}
      step={step}
      progress={progress}
      cardKey={cardKey}
      cardFailed={query.payment === "failed"}
    />
  )
}
