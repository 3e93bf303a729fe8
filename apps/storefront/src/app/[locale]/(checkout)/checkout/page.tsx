import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { getCustomer } from "@/lib/data/account"
import { getCheckout } from "@/lib/data/cart"
import { getMessages } from "@/lib/i18n/messages"
import { resolveLocale } from "@/lib/i18n/server"
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
  // one trip for the cart, its parcels, their delivery options and the payment providers; the
  // shopper's saved addresses beside it
  const [checkout, customer] = await Promise.all([getCheckout(locale), getCustomer()])
  if (!checkout || !checkout.vendors.length) {
    redirect(localePath(locale, paths.cart()))
  }
  const progress = checkoutProgress(checkout.cart, checkout.vendors)
  const query = await searchParams
  const step = checkoutStep(progress, Array.isArray(query.step) ? query.step[0] : query.step)
  // cards only with Stripe's publishable key (read at run time: no rebuild to turn cards on) and when
  // the backend offers Stripe in this region
  const publicKey = process.env.STRIPE_PUBLISHABLE_KEY
  const cardKey =
    publicKey && step === "payment" && checkout.payment_providers.includes(STRIPE_PROVIDER_ID)
      ? publicKey
      : undefined

  return (
    <CheckoutTemplate
      locale={locale}
      checkout={checkout}
      customer={customer}
      step={step}
      progress={progress}
      cardKey={cardKey}
      cardFailed={query.payment === "failed"}
    />
  )
}
