import type { Metadata } from "next"
import { getCustomer, listCustomerOrders } from "@/lib/data/account"
import { listShippingCountries } from "@/lib/data/cart"
import { getMessages } from "@/lib/i18n/messages"
import { resolveLocale } from "@/lib/i18n/server"
import AccountTemplate from "@/modules/account/templates/account-template"
import SignInTemplate from "@/modules/account/templates/sign-in-template"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ next?: string | string[]; reset?: string | string[]; deleted?: string | string[] }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const m = getMessages(resolveLocale((await params).locale))
  return { title: m.account.title, robots: { index: false } }
}

export default async function AccountPage({ params, searchParams }: Props) {
  const locale = resolveLocale((await params).locale)
  const customer = await getCustomer()
  if (!customer) {
    const { next, reset, deleted } = await searchParams
    return (
      <SignInTemplate
        locale={locale}
        next={next === "checkout" ? "checkout" : undefined}
        reset={reset === "1"}
        deleted={deleted === "1"}
      />
    )
  }
  const [orders, countries] = await Promise.all([listCustomerOrders(locale), listShippingCountries()])
  return <AccountTemplate locale={locale} customer={customer} orders={orders} countries={countries} />
}
